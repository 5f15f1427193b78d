/**
 * Front matter: YAML only. gray-matter finds the block; the `yaml` package parses it with caps on
 * aliases and size, because gray-matter's own engines would `eval` a `---js` block and js-yaml
 * walks alias bombs without limit. Any language token other than yaml is refused before
 * gray-matter sees the file, so no engine lookup can reach code; the JavaScript engines are
 * replaced all the same, in case that check is ever loosened.
 *
 * A refused or broken block is one `front-matter` diagnostic; the markdown after it is still
 * read, so its tasks still count and the gate still sees them.
 */
import matter from 'gray-matter';
import { type Document, parseDocument } from 'yaml';
import { FrontMatter as FrontMatterSchema } from '../model/schema.js';
import { type FrontMatterResult, noFrontMatter, OPENING, opensFrontMatter } from './front-matter-result.js';

export type { FrontMatterResult };

/** A line that would be a task item in markdown: a list marker, then a box. */
const TASK_LIKE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\][ \t]/m;

/** YAML blocks larger than this are refused: front matter is a handful of keys. */
const MAX_FRONT_MATTER_BYTES = 64 * 1024;

/** Alias expansion budget (the `yaml` package's measure): far above any real front matter,
 *  far below a billion-laughs block. */
const MAX_ALIAS_COUNT = 50;

export function parseFrontMatter(file: string, source: string): FrontMatterResult {
  // Loaded files have their BOM removed already; a caller of the library may not have.
  if (!opensFrontMatter(source)) return noFrontMatter(source);
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const opening = OPENING.exec(text)!;

  const language = opening[1]!.trim();
  const closing = findClosing(text, opening[0].length);
  const fail = (message: string, at: { line?: number; col?: number; body?: string } = {}): FrontMatterResult => {
    // A block that is not read but holds what looks like a task may be hiding one from the gate
    // (GitHub shows a broken block as text): the file cannot be judged.
    const hides = at.body === undefined && TASK_LIKE.test(text.slice(opening[0].length, closing ?? text.length));
    return {
      data: {},
      body: at.body ?? blankBlock(text, closing ?? text.length),
      diagnostics: [
        {
          file,
          line: at.line ?? 1,
          column: at.col ?? 1,
          severity: 'error',
          rule: 'front-matter',
          message: hides ? `${message}; it holds task items: not judged` : message,
          ...(hides ? { unjudged: true } : {}),
        },
      ],
    };
  };

  // Without a closing line there is no block to skip: the whole file is read as markdown
  // (where the opening `---` is a thematic break), rather than swallowed as gray-matter would.
  if (closing === undefined) return fail('front matter is not closed by a "---" line', { body: text });
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    return fail(`front matter in "${printable(language)}" is refused: only YAML is read`);
  }
  if (closing > MAX_FRONT_MATTER_BYTES) {
    return fail(`front matter is larger than ${MAX_FRONT_MATTER_BYTES / 1024} KiB`);
  }

  let raw: unknown;
  try {
    // Options are always passed, so gray-matter's shared cache (keyed by content) is never used.
    // CRLF is read as LF: the yaml package would keep a `\r` in the last value of each line, and
    // `blocking: true\r` is not `true`.
    raw = matter(text.slice(0, closing).replace(/\r\n/g, '\n'), { language: 'yaml', engines: ENGINES }).data;
  } catch (error) {
    // gray-matter hands the engine everything after the opening `---`, starting with that line's
    // end, so a line in it is the same line in the file.
    return fail(yamlErrorMessage(error), error instanceof YamlError ? error.at : {});
  }

  const result = FrontMatterSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.') || '(root)';
    return fail(`front matter ${key}: ${issue.message}`, { line: lineOfKey(text, String(issue.path[0] ?? '')) });
  }
  return { data: result.data, body: blankBlock(text, closing), diagnostics: [] };
}

function refuse(): never {
  throw new Error('only YAML front matter is read');
}

/** gray-matter merges these over its own engines; `javascript` is the key its aliases reach. */
const ENGINES = { yaml: safeYaml, javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse };

class YamlError extends Error {
  constructor(
    message: string,
    /** Where, in the string gray-matter handed over. */
    readonly at: { line: number; col: number } | undefined,
  ) {
    super(message);
  }
}

function safeYaml(source: string): object {
  const document: Document.Parsed = parseDocument(source, {
    schema: 'core',
    // `!!binary`, `!!set` and `!!timestamp` would make Buffers, Sets and Dates: refused instead.
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: false,
    prettyErrors: true,
    // Warnings would otherwise go to process.emitWarning, printing roadmap text unescaped.
    logLevel: 'silent',
  });
  const problem = document.errors[0] ?? document.warnings[0];
  // The message's own " at line L, column C:" and code frame are dropped: the diagnostic has both.
  if (problem) throw new YamlError(problem.message.replace(/ at line \d+, column \d+:[^]*$/, ''), problem.linePos?.[0]);
  return (document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as object | null) ?? {};
}

/** Index just past the closing `---` line, or undefined when there is none. */
function findClosing(text: string, from: number): number | undefined {
  const pattern = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index + match[0].length : undefined;
}

/** The text with its first `end` characters replaced by their newlines, so lines keep their numbers. */
function blankBlock(text: string, end: number): string {
  let newlines = '';
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) newlines += '\n';
  return newlines + text.slice(end);
}

function yamlErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError || /call stack/i.test(message)) return 'front matter is nested too deeply';
  if (/alias count/i.test(message)) return 'front matter expands too far through YAML aliases';
  return `invalid YAML: ${message.split('\n')[0]!}`;
}

function lineOfKey(text: string, key: string): number {
  if (!key) return 1;
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

function printable(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?').slice(0, 40);
}
