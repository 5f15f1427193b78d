/**
 * Front matter: YAML only. gray-matter finds the block; the `yaml` package parses it with caps on
 * aliases and size, because gray-matter's own engines would `eval` a `---js` block and js-yaml
 * walks alias bombs without limit. Any language token other than yaml is refused before
 * gray-matter sees the file, so no engine lookup can reach code.
 */
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { FrontMatter as FrontMatterSchema } from '../model/schema.js';
import type { Diagnostic, FrontMatter } from '../model/types.js';

/** YAML blocks larger than this are refused: front matter is a handful of keys. */
const MAX_FRONT_MATTER_BYTES = 64 * 1024;

export interface FrontMatterResult {
  /** Validated data; empty when absent or refused. */
  data: FrontMatter;
  /** The markdown after the block, preceded by as many newlines as the block took, so that
   *  positions in it are positions in the file. */
  body: string;
  diagnostics: Diagnostic[];
}

const OPENING = /^---[ \t]*([^\r\n]*)\r?\n/;

export function parseFrontMatter(file: string, text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  // `----` is a thematic break, not a delimiter (gray-matter's own rule).
  if (!opening || text.startsWith('----')) return { data: {}, body: text, diagnostics: [] };

  const language = opening[1]!.trim();
  const closing = findClosing(text, opening[0].length);
  // Without a closing line it is no front matter but a thematic break, as GitHub renders it.
  if (closing === undefined) return { data: {}, body: text, diagnostics: [] };
  const blockEnd = closing;
  const body = blankLines(text.slice(0, blockEnd)) + text.slice(blockEnd);
  const fail = (line: number, message: string): FrontMatterResult => ({
    data: {},
    body,
    diagnostics: [{ file, line, column: 1, severity: 'error', rule: 'front-matter', message }],
  });

  if (language !== '' && !/^ya?ml$/i.test(language)) {
    return fail(1, `front matter in "${printable(language)}" is refused: only YAML is read`);
  }
  if (blockEnd > MAX_FRONT_MATTER_BYTES) {
    return fail(1, `front matter is larger than ${MAX_FRONT_MATTER_BYTES / 1024} KiB`);
  }

  let raw: unknown;
  try {
    // Options are always passed, so gray-matter's shared cache (keyed by content) is never used.
    raw = matter(text.slice(0, blockEnd), { language: 'yaml', engines: { yaml: safeYaml } }).data;
  } catch (error) {
    return fail(yamlErrorLine(error), `invalid YAML: ${firstLine(error)}`);
  }

  const result = FrontMatterSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.') || '(root)';
    return fail(lineOfKey(text, String(issue.path[0] ?? '')), `front matter ${key}: ${issue.message}`);
  }
  return { data: result.data, body, diagnostics: [] };
}

function safeYaml(source: string): object {
  return (parseYaml(source, { maxAliasCount: 50, prettyErrors: true, schema: 'core', uniqueKeys: false }) as object | null) ?? {};
}

/** Index just past the closing `---` line, or undefined when there is none. */
function findClosing(text: string, from: number): number | undefined {
  const pattern = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index + match[0].length : undefined;
}

function blankLines(block: string): string {
  let newlines = '';
  for (const char of block) if (char === '\n') newlines += '\n';
  return newlines;
}

function yamlErrorLine(error: unknown): number {
  const linePos = (error as { linePos?: Array<{ line: number }> }).linePos;
  // The YAML starts on the file's second line, after the opening delimiter.
  return linePos?.[0]?.line ? linePos[0].line + 1 : 1;
}

function lineOfKey(text: string, key: string): number {
  if (!key) return 1;
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

function printable(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?').slice(0, 40);
}
