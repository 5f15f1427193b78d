/**
 * Defence in depth for the gate: lines that look like an open task (`- [ ] …`, after any quote
 * markers and indent) but that the parse does not count, because markdown puts them somewhere a
 * list item cannot start — an HTML block, a paragraph they lazily continue, a table, indented
 * code. GitHub does not count them either, yet a reader sees an open box; each is named so that
 * an open item cannot hide from the gate by its layout. Fenced code is the one place such a line
 * is plainly meant as an example, and is passed over.
 */
import type Token from 'markdown-it/lib/token.mjs';
import type { ItemMeta } from './list-items.js';

/** An open-task-looking line the parse did not count, and where markdown put it. */
export interface HiddenTask {
  line: number;
  column: number;
  /** Why it is not a task, in words: "inside an HTML block". */
  where: string;
}

/** A list marker and an open box, with text after it. */
const OPEN_TASK_LINE = /^([ \t>]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\[ \][ \t]+\S/gm;

/** The block a hidden line lies in → the words that say why it is no task. */
const WHERE: Record<string, string> = {
  html_block: 'inside an HTML block',
  code_block: 'inside an indented code block',
  table_open: 'in a table',
  paragraph_open: 'a continuation line of the paragraph above, not a list item',
  heading_open: 'part of a heading',
};

export function hiddenTasks(tokens: Token[], source: string, lineStarts: number[]): HiddenTask[] {
  const candidates: Array<{ line: number; column: number }> = [];
  OPEN_TASK_LINE.lastIndex = 0;
  for (let match = OPEN_TASK_LINE.exec(source); match; match = OPEN_TASK_LINE.exec(source)) {
    candidates.push({ line: lineOf(lineStarts, match.index), column: match[1]!.length + 1 });
  }
  if (candidates.length === 0) return [];

  const counted = new Set<number>();
  for (const token of tokens) {
    if (token.type === 'list_item_open' && (token.meta as ItemMeta | null)?.checked != null && token.map) counted.add(token.map[0] + 1);
  }
  const hidden = candidates.filter((candidate) => !counted.has(candidate.line));
  if (hidden.length === 0) return [];

  // The innermost block around each hidden line: tokens come outer first, so a later one that
  // covers the line is nested in the earlier.
  const owner = new Map<number, string>();
  for (const token of tokens) {
    if (!token.map || token.nesting === -1 || token.type === 'inline') continue;
    const [start, end] = token.map;
    for (let i = firstAtOrAfter(hidden, start + 1); i < hidden.length && hidden[i]!.line <= end; i++) owner.set(hidden[i]!.line, token.type);
  }
  const found: HiddenTask[] = [];
  for (const { line, column } of hidden) {
    const type = owner.get(line);
    if (type === 'fence') continue;
    found.push({ line, column, where: (type && WHERE[type]) ?? 'not read as a list item' });
  }
  return found;
}

/** The 1-based line holding `offset`. */
function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function firstAtOrAfter(lines: Array<{ line: number }>, line: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines[mid]!.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}
