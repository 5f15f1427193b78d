/**
 * `missing-reference`: a field names a file — inline code or a link target that looks like a
 * relative path — and no such file exists relative to the roadmap file, where GitHub would
 * look for it too. Whether it exists is looked up by load/ beforehand (`referencedFiles` says
 * what to look up), so the rule itself stays pure.
 */
import { posix } from 'node:path';
import type { Diagnostic, Field, RoadmapDocument } from '../../model/types.js';
import type { LintRule } from '../types.js';

export interface FileReference {
  /** The reference as written. */
  target: string;
  /** Where it points: relative to the working directory, `/`-separated, like `document.file`. */
  path: string;
  line: number;
  column: number;
}

export const missingReference: LintRule = (document, context) =>
  referencedFiles(document)
    .filter((reference) => !context.exists(reference.path))
    .map(
      (reference): Diagnostic => ({
        file: document.file,
        line: reference.line,
        column: reference.column,
        severity: 'warning',
        rule: 'missing-reference',
        message: `"${reference.target}" does not exist (looked for ${reference.path})`,
      }),
    );

/** References in the document's fields that name files, each once, in document order. */
export function referencedFiles(document: RoadmapDocument): FileReference[] {
  const fields: Field[] = [...document.fields, ...document.milestones.flatMap((milestone) => milestone.fields)];
  const seen = new Set<string>();
  const found: FileReference[] = [];
  for (const field of fields) {
    for (const reference of field.references) {
      const relative = filePathOf(reference.target);
      const key = `${reference.line}:${reference.column}:${reference.target}`;
      if (relative === undefined || seen.has(key)) continue;
      seen.add(key);
      const path = posix.normalize(posix.join(posix.dirname(document.file), relative)).replace(/(?<=.)\/+$/, '');
      found.push({ target: reference.target, path, line: reference.line, column: reference.column });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A path segment's extension: a letter first, so that `v1.2` and `1.0.0` are not files. */
const EXTENSION = /\.[a-z][a-z0-9]{0,9}$/i;
/** A scheme (`https:`, `mailto:`) makes a URL. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Characters no plain file reference carries: globs, shell, placeholders. */
const NOT_A_PATH = /[\s*?[\]{}<>|$`'"\\]/;

/**
 * The relative file path a reference names (fragment and query dropped), or undefined when it
 * is a URL, an anchor, an absolute path, a package (`@scope/name`), or does not look like a file:
 * a path has a slash or an extension.
 */
export function filePathOf(target: string): string | undefined {
  const withoutFragment = target.trim().replace(/[#?].*$/s, '');
  if (withoutFragment === '' || /^[#/~@]/.test(target.trim()) || SCHEME.test(withoutFragment)) return undefined;
  // `3/4` is a fraction, not a path. A link may spell a space `%20`, never a bare one.
  if (NOT_A_PATH.test(withoutFragment) || !/\p{L}/u.test(withoutFragment)) return undefined;
  const path = decodePercent(withoutFragment);
  const segments = path.replace(/\/$/, '').split('/');
  if (segments.includes('')) return undefined;
  return segments.length > 1 || EXTENSION.test(segments.at(-1)!) ? path : undefined;
}

function decodePercent(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
