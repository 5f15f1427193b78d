/**
 * A fast path for the plain markdown most roadmaps are made of. micromark reads about 0.6 MB/s,
 * so a strict subset — ATX headings, paragraphs, tight `-` lists of one-line items (task boxes
 * included), `---` rules, and plain text with `**strong**`, `` `code` `` and line breaks — is read
 * here in one linear pass into the very tree `parseMarkdown` would give, positions included.
 *
 * micromark remains the authority: at the first line or character outside the subset this returns
 * null and the caller parses the text with the full pipeline. Every rule below errs on that side,
 * and `test/parse/simple-markdown.test.ts` compares both parsers on every input it has.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { type InlineLine, parseInline, pointAt } from './simple-inline.js';

/**
 * Never in the subset, anywhere: control characters (tabs, `\r` and NUL among them), a byte order
 * mark, `|` (tables), `\` (escapes, hard breaks), and `www` or `http`, which may start a literal
 * autolink. (`@` is checked where it stands, in `simple-inline.ts`.)
 */
const REFUSED = /[\0-\x09\x0b-\x1f\x7f|\\\uFEFF]|www|http/i;

const SPACE = 0x20;
const DASH = 0x2d;

/** What the line before was: it decides what the next line may be. */
type Previous = 'none' | 'blank' | 'heading' | 'rule' | 'paragraph' | 'item';

export function parseSimpleMarkdown(text: string): Root | null {
  if (REFUSED.test(text)) return null;
  const children: RootContent[] = [];
  let paragraph: InlineLine[] = [];
  /** Open lists, outermost first: `lists[k]` holds the items indented by 2k spaces. */
  let lists: List[] = [];
  let previous: Previous = 'none';
  let line = 1;
  let start = 0;

  const closeParagraph = (): boolean => {
    if (paragraph.length === 0) return true;
    const content = parseInline(text, paragraph);
    if (!content) return false;
    const first = paragraph[0]!;
    const last = paragraph.at(-1)!;
    // The paragraph ends after the trailing spaces of its last line; its text ends before them.
    const position = { start: pointAt(first.line, first.lineStart, first.from), end: pointAt(last.line, last.lineStart, last.to + last.spaces) };
    children.push({ type: 'paragraph', children: content, position });
    paragraph = [];
    return true;
  };

  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let to = end;
    while (to > start && text.charCodeAt(to - 1) === SPACE) to--;
    const at = (offset: number) => pointAt(line, start, offset);
    const first = text.charCodeAt(start);

    if (to === start) {
      if (!closeParagraph()) return null;
      previous = 'blank';
    } else if (first === 0x23) {
      // An ATX heading: `#`..`######`, one space, content not ending in `#` (a closing sequence).
      let depth = 1;
      while (text.charCodeAt(start + depth) === 0x23) depth++;
      const from = start + depth + 1;
      if (depth > 6 || text.charCodeAt(from - 1) !== SPACE || text.charCodeAt(from) === SPACE || text.charCodeAt(to - 1) === 0x23) return null;
      const content = parseInline(text, [{ line, lineStart: start, from, to, spaces: end - to }]);
      if (!content || !closeParagraph()) return null;
      lists = [];
      children.push({ type: 'heading', depth: depth as Heading['depth'], children: content, position: { start: at(start), end: at(end) } });
      previous = 'heading';
    } else if (isRule(text, start, end)) {
      // After a paragraph `---` underlines a setext heading; after an item it needs more care.
      if (previous === 'paragraph' || previous === 'item') return null;
      lists = [];
      children.push({ type: 'thematicBreak', position: { start: at(start), end: at(end) } });
      previous = 'rule';
    } else {
      let indent = 0;
      while (text.charCodeAt(start + indent) === SPACE) indent++;
      if (text.charCodeAt(start + indent) === DASH && text.charCodeAt(start + indent + 1) === SPACE) {
        const item = listItem(text, line, start, indent, to, end);
        if (!item) return null;
        const depth = indent / 2;
        if (previous === 'item') {
          // A sibling of an open item, or the first item of a list nested in the last one.
          if (!Number.isInteger(depth) || depth > lists.length) return null;
          lists.length = Math.min(lists.length, depth + 1);
        } else {
          // After a blank line an item of the open list would make it loose (or continue an
          // item): left to micromark. A list may interrupt a paragraph.
          if (depth !== 0 || (previous === 'blank' && lists.length > 0) || !closeParagraph()) return null;
          lists = [];
        }
        const list = lists[depth];
        if (list) list.children.push(item);
        else {
          const created: List = { type: 'list', ordered: false, start: null, spread: false, children: [item], position: { start: at(start + indent), end: at(end) } };
          (depth === 0 ? children : lastItem(lists[depth - 1]!).children).push(created);
          lists.push(created);
        }
        // The item ends every list and item it sits in.
        for (let k = 0; k < depth; k++) {
          lists[k]!.position!.end = at(end);
          lastItem(lists[k]!).position!.end = at(end);
        }
        lists[depth]!.position!.end = at(end);
        previous = 'item';
      } else {
        // A paragraph line. Right after an item it would be a lazy continuation of the item.
        if (indent > 0 || previous === 'item' || !startsParagraph(text, start, to)) return null;
        lists = [];
        paragraph.push({ line, lineStart: start, from: start, to, spaces: end - to });
        previous = 'paragraph';
      }
    }

    if (newline < 0) {
      if (!closeParagraph()) return null;
      return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: at(text.length) } };
    }
    start = newline + 1;
    line++;
  }
}

/**
 * `- text`, `- [ ] text`, `- [x] text` or `- [X] text` on one line, as a list item holding one
 * paragraph, or null.
 */
function listItem(text: string, line: number, start: number, indent: number, to: number, end: number): ListItem | null {
  const at = (offset: number) => pointAt(line, start, offset);
  const content = start + indent + 2;
  let checked: boolean | null = null;
  let from = content;
  if (text.charCodeAt(content) === 0x5b) {
    // A task box, then exactly one space and text: a box with nothing after it is read another
    // way by GitHub (`bare-boxes.ts`), and more spaces move the content.
    const mark = text.charCodeAt(content + 1);
    if (mark !== SPACE && mark !== 0x78 && mark !== 0x58) return null;
    if (text.charCodeAt(content + 2) !== 0x5d || text.charCodeAt(content + 3) !== SPACE) return null;
    from = content + 4;
    if (from >= to || text.charCodeAt(from) === SPACE) return null;
    checked = mark !== SPACE;
  } else if (!startsParagraph(text, content, to)) return null;

  const phrasing: PhrasingContent[] | null = parseInline(text, [{ line, lineStart: start, from, to, spaces: end - to }]);
  if (!phrasing) return null;
  // remark-gfm starts the paragraph of a task after the box and its space when text follows
  // them, and leaves it at the box when `**` or `` ` `` does (it drops the empty text between).
  const paragraphStart = checked === null || phrasing[0]?.type === 'text' ? from : content;
  const paragraph: Paragraph = { type: 'paragraph', children: phrasing, position: { start: at(paragraphStart), end: at(end) } };
  return { type: 'listItem', spread: false, checked, children: [paragraph], position: { start: at(start + indent), end: at(end) } };
}

function lastItem(list: List): ListItem {
  return list.children.at(-1)!;
}

/** Three or more `-` and nothing else: a thematic break (not an item: no space after the first). */
function isRule(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  for (let p = start; p < end; p++) if (text.charCodeAt(p) !== DASH) return false;
  return true;
}

/**
 * Whether a paragraph (or an item's text) may start at `p`: not with a character that starts
 * another block there — indentation, `>`, list markers, `#`, fences, HTML, setext underlines,
 * `_` rules, table and definition syntax, or an ordered list's `1.` / `1)`. A leading `*` must be
 * `**` (the inline parser checks the rest).
 */
function startsParagraph(text: string, p: number, to: number): boolean {
  if (p >= to) return false;
  const code = text.charCodeAt(p);
  if (code >= 0x30 && code <= 0x39) {
    let q = p + 1;
    while (q < to && text.charCodeAt(q) >= 0x30 && text.charCodeAt(q) <= 0x39) q++;
    const after = text.charCodeAt(q);
    return after !== 0x2e && after !== 0x29;
  }
  switch (code) {
    case 0x2a: // `*`
      return text.charCodeAt(p + 1) === 0x2a;
    case 0x60: // `` ` ``: a single one is inline code (the inline parser checks it), three a fence
      return text.charCodeAt(p + 1) !== 0x60;
    case SPACE:
    case 0x3e: // `>`
    case DASH:
    case 0x2b: // `+`
    case 0x23: // `#`
    case 0x7e: // `~`
    case 0x3c: // `<`
    case 0x3d: // `=`
    case 0x5f: // `_`
    case 0x3a: // `:`
    case 0x5b: // `[`
      return false;
    default:
      return true;
  }
}
