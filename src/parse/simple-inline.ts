/**
 * The inline half of the fast path (`simple-markdown.ts`): plain text, `**strong**` with simple
 * flanking, single-backtick `code`, soft and hard line breaks. It builds the mdast nodes
 * `mdast-util-from-markdown` builds from micromark's tokens, positions included, or gives up
 * (null) at any character that could start something else.
 */
import type { Break, InlineCode, PhrasingContent, Strong, Text } from 'mdast';

/** One line of inline content: `from` to `to` (trailing spaces excluded), then `spaces` spaces,
 *  then the line ending (or the end of the block). */
export interface InlineLine {
  line: number;
  /** Offset of the first character of the line in the text. */
  lineStart: number;
  from: number;
  to: number;
  spaces: number;
}

/** A unist point (`@types/unist` is not a dependency of its own). */
type Point = NonNullable<Text['position']>['start'];

const SPACE = 0x20;
const ASTERISK = 0x2a;
const BACKTICK = 0x60;

/** A fresh point on every call: positions are shifted in place later, so none may be shared. */
export function pointAt(line: number, lineStart: number, offset: number): Point {
  return { line, column: offset - lineStart + 1, offset };
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** micromark's "unicode whitespace": a `**` followed by it does not open. */
const WHITESPACE = /\s/;

/**
 * The phrasing content of a paragraph, heading or item, or null. Characters that micromark may
 * read as the start of a construct (`[`, `]`, `\`, `<`, `&`, `_`, `~`, `@`, ...) are accepted only
 * where no construct can start; the caller has already refused `|`, `\`, control characters and
 * anything that might be a literal autolink (`www`, `http`) in the whole text.
 */
export function parseInline(text: string, lines: readonly InlineLine[]): PhrasingContent[] | null {
  const nodes: PhrasingContent[] = [];
  // The text node that the next data extends: from-markdown merges adjacent data tokens.
  let open: Text | null = null;
  let tildes = 0;

  const data = (value: string, start: Point, end: Point): void => {
    if (open) {
      open.value += value;
      open.position!.end = end;
    } else {
      open = { type: 'text', value, position: { start, end } };
      nodes.push(open);
    }
  };
  const push = (node: Strong | InlineCode | Break): void => {
    nodes.push(node);
    open = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const { line, lineStart, from, to, spaces } = lines[index]!;
    const at = (offset: number): Point => pointAt(line, lineStart, offset);
    let run = from;
    let p = from;
    while (p < to) {
      const code = text.charCodeAt(p);
      if (code === ASTERISK) {
        const end = strongEnd(text, p, to);
        if (end < 0) return null;
        if (run < p) data(text.slice(run, p), at(run), at(p));
        const inner: Text = { type: 'text', value: text.slice(p + 2, end - 2), position: { start: at(p + 2), end: at(end - 2) } };
        push({ type: 'strong', children: [inner], position: { start: at(p), end: at(end) } });
        p = run = end;
      } else if (code === BACKTICK) {
        const end = codeEnd(text, p, to);
        if (end < 0) return null;
        if (run < p) data(text.slice(run, p), at(run), at(p));
        push({ type: 'inlineCode', value: text.slice(p + 1, end - 1), position: { start: at(p), end: at(end) } });
        p = run = end;
      } else {
        if (code === 0x7e && ++tildes > 1) return null; // two `~` may pair as strikethrough
        if (!plain(text, p, to)) return null;
        p++;
      }
    }
    if (run < to) data(text.slice(run, to), at(run), at(to));
    if (index === lines.length - 1) break; // trailing spaces of the block are dropped
    const ending = to + spaces;
    const next = pointAt(line + 1, ending + 1, ending + 1);
    // Two or more spaces before a line ending: a hard break spanning them and the line ending.
    if (spaces >= 2) push({ type: 'break', position: { start: at(to), end: next } });
    else data('\n', at(ending), next);
  }
  return nodes;
}

/** Whether the character at `p` (not `*` or a backtick) is text wherever it stands here. */
function plain(text: string, p: number, to: number): boolean {
  const code = text.charCodeAt(p);
  if (code < 0x80 && isAlphanumeric(code)) return true;
  const next = p + 1 < to ? text.charCodeAt(p + 1) : SPACE;
  const previous = text.charCodeAt(p - 1);
  switch (code) {
    case 0x5b: // `[` `]`: links, images, footnotes
    case 0x5d:
      return false;
    case 0x5f: // `_` inside a word neither opens nor closes emphasis
      return isAlphanumeric(previous) && isAlphanumeric(next);
    case 0x3c: // `<` followed by these can start neither HTML nor an autolink
      return next === SPACE || next === 0x3d || (next >= 0x30 && next <= 0x39);
    case 0x26: // `&` can start a character reference only before a letter, digit or `#`
      return !isAlphanumeric(next) && next !== 0x23;
    case 0x40: // `@` after a space has no local part of an email address before it
      return previous === SPACE || previous === 0x0a || p === 0;
    default:
      return true;
  }
}

/**
 * The end of a `**strong**` opening at `p`, or -1. The opener follows a space (or starts the
 * line) and is followed by a non-space: it can only open. The closer follows a letter, digit or
 * `)`, and is followed by a space, the end of the line or (after a letter or digit) `:` `.` `,`
 * `;`: it can only close. Nothing between them but plain text on the same line.
 */
function strongEnd(text: string, p: number, to: number): number {
  const before = p === 0 ? SPACE : text.charCodeAt(p - 1);
  if (before !== SPACE && before !== 0x0a) return -1;
  if (text.charCodeAt(p + 1) !== ASTERISK || p + 2 >= to) return -1;
  const first = text.charCodeAt(p + 2);
  if (first === ASTERISK || WHITESPACE.test(text[p + 2]!)) return -1;
  let q = p + 2;
  while (q < to && text.charCodeAt(q) !== ASTERISK) {
    if (text.charCodeAt(q) === BACKTICK || text.charCodeAt(q) === 0x7e || !plain(text, q, to)) return -1;
    q++;
  }
  if (q + 1 >= to || text.charCodeAt(q + 1) !== ASTERISK) return -1;
  const last = text.charCodeAt(q - 1);
  const after = q + 2 < to ? text.charCodeAt(q + 2) : SPACE;
  if (after === SPACE) return isAlphanumeric(last) || last === 0x29 ? q + 2 : -1;
  const punctuation = after === 0x3a || after === 0x2e || after === 0x2c || after === 0x3b;
  return punctuation && isAlphanumeric(last) ? q + 2 : -1;
}

/** The end of a `` `code` `` opening at `p`, or -1: single backticks, on one line, no space at
 *  either end of the content (micromark would strip one). */
function codeEnd(text: string, p: number, to: number): number {
  if (p > 0 && text.charCodeAt(p - 1) === BACKTICK) return -1;
  const close = text.indexOf('`', p + 1);
  if (close < 0 || close >= to || close === p + 1) return -1;
  if (close + 1 < to && text.charCodeAt(close + 1) === BACKTICK) return -1;
  if (text.charCodeAt(p + 1) === SPACE || text.charCodeAt(close - 1) === SPACE) return -1;
  return close + 1;
}
