/**
 * What reading a file's front matter gives, and the cheap test of whether a file has any: the
 * YAML reader (gray-matter, yaml, zod) is loaded only for files that open a block.
 */
import type { Diagnostic, FrontMatter } from '../model/types.js';

export interface FrontMatterResult {
  /** Validated data; empty when absent or refused. */
  data: FrontMatter;
  /** The markdown after the block, preceded by as many newlines as the block took, so that
   *  positions in it are positions in the file. */
  body: string;
  diagnostics: Diagnostic[];
}

/** `---`, optionally a language, then the line's end. */
export const OPENING = /^---[ \t]*([^\r\n]*)\r?\n/;

/** Whether the text opens a front matter block (`----` is a thematic break, not a delimiter). */
export function opensFrontMatter(text: string): boolean {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  return text.startsWith('---', start) && !text.startsWith('----', start) && OPENING.test(text.slice(start));
}

/** The result for a file without front matter. */
export function noFrontMatter(text: string): FrontMatterResult {
  return { data: {}, body: text.startsWith('\uFEFF') ? text.slice(1) : text, diagnostics: [] };
}
