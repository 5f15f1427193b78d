/**
 * What markdown-it does not record about a list item and GitHub's reading needs: the column of
 * its marker, and its checkbox.
 *
 * The list rule calls the block tokenizer once per item, right after pushing `list_item_open`
 * and pointing the line's content start past the marker and its white space; that moment is
 * the only one at which the marker's place is known, so the hook sits there.
 *
 * The checkbox follows cmark-gfm's tasklist rule (what github.com renders): right after the
 * marker, on its line, `[ ]`, `[x]` or `[X]` followed by a space, tab, vertical tab or form feed.
 * The item's first line must not be indented code. cmark-gfm then consumes the box, so:
 * - the rest of the line is the start of the item's first paragraph (the box is cut from its
 *   text by `stripBoxes`, before inline parsing, so `[x]` never becomes a link);
 * - a box with nothing after it leaves the item's first line empty, and an item whose first line
 *   is empty ends at a blank line, as CommonMark's empty items do.
 */
import type MarkdownIt from 'markdown-it';
import { HTML_OPEN_CLOSE_TAG_RE } from 'markdown-it/lib/common/html_re.mjs';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** Set on every `list_item_open` token whose first line was tokenized. */
export interface ItemMeta {
  /** 1-based column of the list marker in its source line. */
  column: number;
  /** The checkbox: null for a plain item. */
  checked: boolean | null;
  /** Only white space follows the box on its line. */
  bare: boolean;
}

/** What a parse records for the caller. */
export interface ParseEnv {
  /** Offsets where each line of the source starts. */
  lineStarts: number[];
  /** 1-based line of the first content dropped for nesting deeper than the limit. */
  tooDeep?: number;
  /** The content indent of each container being tokenized, outermost first. */
  indents: number[];
}

const SPACE = 0x20;
const TAB = 0x09;

/** Installs the hooks; `maxContainers` is how many list items and block quotes may nest. */
export function installListItems(md: MarkdownIt, maxContainers: number): void {
  const block = md.block;
  const tokenize = block.tokenize;
  block.tokenize = function (state: StateBlock, startLine: number, endLine: number): void {
    const open = state.tokens.at(-1);
    if (open?.type === 'list_item_open' && open.map?.[0] === startLine && open.meta == null) {
      if (readItemStart(state, startLine, endLine, open)) return;
    }
    const indents = (state.env as ParseEnv).indents;
    // The root is the first call: a container's content is tokenized one call deeper.
    if (indents.length > maxContainers) {
      noteTooDeep(state, startLine, endLine);
      state.line = endLine;
      return;
    }
    indents.push(state.blkIndent);
    try {
      tokenize.call(this, state, startLine, endLine);
    } finally {
      indents.pop();
    }
  };
  for (const name of PARAGRAPH_TERMINATORS) {
    const rule = ruleOf(md, name);
    // `at` resets the chains a rule belongs to unless they are given again.
    md.block.ruler.at(name, lazyAware(rule.fn, name), { alt: rule.alt });
  }
  md.core.ruler.before('inline', 'task_boxes', stripBoxes);
}

/** The block rules that may end a paragraph. */
const PARAGRAPH_TERMINATORS = ['table', 'fence', 'blockquote', 'hr', 'list', 'html_block', 'heading'];

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

interface NamedRule {
  name: string;
  fn: BlockRule;
  alt: string[];
}

function ruleOf(md: MarkdownIt, name: string): NamedRule {
  const rules = (md.block.ruler as unknown as { __rules__: NamedRule[] }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no block rule ${name}`);
  return rule;
}

/**
 * A line indented less than the paragraph's container is a lazy continuation unless it starts a
 * block in the deepest container it does reach. markdown-it judges it against the innermost
 * container instead, so `    + x` after an item nested at column 7 ends the paragraph there,
 * where CommonMark and GitHub read four columns of indent (code, at the top level) as no block
 * start, and the line as the paragraph's text.
 */
function lazyAware(rule: BlockRule, name: string): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (name === 'html_block' && silent && opensLazyHtml(state, startLine)) return true;
    const indent = state.sCount[startLine]!;
    if (silent && state.parentType === 'paragraph' && indent >= 0 && indent < state.blkIndent) {
      let reached = 0;
      for (const container of (state.env as ParseEnv).indents) if (container <= indent && container > reached) reached = container;
      if (indent - reached >= 4) return false;
    }
    return rule(state, startLine, endLine, silent);
  };
}

/** An HTML block of CommonMark's seventh kind: one open or close tag alone on its line. */
const LONE_TAG = new RegExp(`${HTML_OPEN_CLOSE_TAG_RE.source}\\s*$`);

/**
 * A lone tag (`<span>`) may not interrupt a paragraph, so markdown-it reads it as a lazy line of
 * one. cmark-gfm (GitHub) asks that only of a paragraph in the deepest container the line still
 * reaches: a line that falls out of a list item or a block quote starts an HTML block there, and a
 * task after it is a task again. Out of a block quote (the quote's own lazy check) or a list item
 * (its paragraph's, for a line indented less than the item's content), it ends what it fell out of.
 */
function opensLazyHtml(state: StateBlock, line: number): boolean {
  const lazy = state.parentType === 'blockquote' || (state.parentType === 'paragraph' && state.sCount[line]! < state.blkIndent);
  if (!lazy || !state.md.options.html) return false;
  const start = state.bMarks[line]! + state.tShift[line]!;
  return state.src.charCodeAt(start) === 0x3c && LONE_TAG.test(state.src.slice(start, state.eMarks[line]!));
}

/** Records the item's column and box; true when the item ends on its own line (a bare box
 *  followed by a blank line), so that nothing is to be tokenized in it. */
function readItemStart(state: StateBlock, line: number, endLine: number, open: Token): boolean {
  const src = state.src;
  const contentStart = state.bMarks[line]! + state.tShift[line]!;
  const max = state.eMarks[line]!;
  const env = state.env as ParseEnv;

  let markerStart = contentStart;
  while (markerStart > 0 && isSpaceOrTab(src.charCodeAt(markerStart - 1))) markerStart--;
  markerStart--;
  const last = src.charCodeAt(markerStart);
  if (last === 0x2e || last === 0x29) while (markerStart > 0 && isDigit(src.charCodeAt(markerStart - 1))) markerStart--;
  const column = markerStart - (env.lineStarts[line] ?? 0) + 1;

  const meta: ItemMeta = { column, checked: null, bare: false };
  open.meta = meta;
  // More than three columns past the item's content indent is indented code, never a box.
  if (contentStart + 3 >= max || state.sCount[line]! - state.blkIndent >= 4) return false;
  if (src.charCodeAt(contentStart) !== 0x5b || src.charCodeAt(contentStart + 2) !== 0x5d) return false;
  const inside = src.charAt(contentStart + 1);
  if (inside !== ' ' && inside !== 'x' && inside !== 'X') return false;
  if (!/[ \t\v\f]/.test(src.charAt(contentStart + 3))) return false;
  meta.checked = inside !== ' ';

  let rest = contentStart + 3;
  while (rest < max && /[ \t\v\f]/.test(src.charAt(rest))) rest++;
  if (rest < max) return false;
  meta.bare = true;
  // The box was the whole line: the item starts empty, and an empty item ends at a blank line.
  state.tShift[line] = max - state.bMarks[line]!;
  if (line + 1 < endLine && state.isEmpty(line + 1)) {
    state.line = Math.min(line + 2, endLine);
    return true;
  }
  return false;
}

/** The box is cut from the text of the block that starts on the item's line. */
function stripBoxes(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const meta = tokens[i]!.meta as ItemMeta | null;
    if (tokens[i]!.type !== 'list_item_open' || meta?.checked == null || meta.bare) continue;
    const first = tokens[i + 1];
    const inline = tokens[i + 2];
    if ((first?.type !== 'paragraph_open' && first?.type !== 'heading_open') || inline?.type !== 'inline') continue;
    if (first.map?.[0] !== tokens[i]!.map?.[0]) continue;
    inline.content = inline.content.slice(3).replace(/^[ \t\v\f]+/, '');
  }
}

/** Content nested past the limit is not read, and the parse says so: a task in it would not
 *  count. (markdown-it's own limit drops such content silently.) */
function noteTooDeep(state: StateBlock, startLine: number, endLine: number): void {
  const env = state.env as ParseEnv;
  const line = state.skipEmptyLines(startLine);
  if (line < endLine && state.sCount[line]! >= state.blkIndent) env.tooDeep ??= line + 1;
}

function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
