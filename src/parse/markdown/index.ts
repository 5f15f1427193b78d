/**
 * The one markdown parser: markdown-it 14 (CommonMark, linear by design) with GFM tables and
 * strikethrough, read to mdast as GitHub reads it. HTML is recognised (so that a task inside an
 * HTML block does not count, as on GitHub); no plugin that runs code is ever added.
 *
 * Nesting is capped: markdown-it drops whatever lies deeper than its limit, so a file that goes
 * deeper is refused with a ParseLimitError rather than read with tasks missing.
 */
import MarkdownIt, { type Options } from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Root } from 'mdast';
import { ParseLimitError } from '../limits.js';
import { type HiddenTask, hiddenTasks } from './hidden-tasks.js';
import { installListItems, type ParseEnv } from './list-items.js';
import { toMdast } from './to-mdast.js';

/** List items and block quotes that may nest: far past any real roadmap, and well inside the
 *  stack the parser's recursion needs (it overflows near 1,100 nested items). */
export const MAX_NESTING = 500;

let parser: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  if (parser) return parser;
  // Nesting is limited by `installListItems`, before markdown-it's own limit (a list and its item
  // are two of its levels) would drop content silently. `maxNesting` is an option markdown-it's
  // type declarations leave out.
  parser = new MarkdownIt('commonmark', { html: true, maxNesting: 4 * MAX_NESTING } as Options);
  parser.enable(['table', 'strikethrough']);
  // markdown-it leaves a link whose URL it would not render (`javascript:`) as text; GitHub reads
  // it as a link (and drops the URL when rendering). Nothing here is rendered, so every URL is
  // read as written.
  parser.validateLink = () => true;
  // Nor is a URL percent-encoded or its host put through punycode, as rendering would: fields
  // report link targets as the file writes them, and the work is a tenth of a real file's parse.
  parser.normalizeLink = (url) => url;
  parser.normalizeLinkText = (text) => text;
  installListItems(parser, MAX_NESTING);
  // Inline content is parsed per paragraph or heading when the reading asks for it
  // (`parseInline`), not for the whole file: most of it is prose nothing reads.
  parser.core.ruler.disable(['inline', 'text_join']);
  return parser;
}

/**
 * markdown-it's inline parse of one block's content, then what its `text_join` rule does: escapes
 * and entities (`text_special`) become text, and neighbouring text tokens one.
 */
function parseInline(md: MarkdownIt, env: ParseEnv, token: Token): Token[] {
  const parsed: Token[] = [];
  md.inline.parse(token.content, md, env, parsed);
  const joined: Token[] = [];
  for (const child of parsed) {
    if (child.type === 'text_special') child.type = 'text';
    const last = joined.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.content += child.content;
    else joined.push(child);
  }
  token.children = joined;
  return joined;
}

export type { HiddenTask };

/** The tree, and the lines that look like open tasks but are none (`hidden-tasks.ts`). */
export type ParsedMarkdown = Root & { data: { hiddenTasks: HiddenTask[] } };

/** Parses one whole markdown text as GitHub does. Throws ParseLimitError for nesting past the
 *  limit. */
export function parseMarkdown(text: string): ParsedMarkdown {
  // markdown-it's own normalisation, done first so that line offsets refer to what it parses.
  const source = text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  const env: ParseEnv = { lineStarts: lineStarts(source), indents: [] };
  const md = markdownIt();
  const tokens = md.parse(source, env);
  if (env.tooDeep !== undefined) {
    throw new ParseLimitError(`nested more than ${MAX_NESTING} levels deep: not parsed`, env.tooDeep);
  }
  const tree = toMdast(tokens, source, env.lineStarts, (token) => parseInline(md, env, token));
  return Object.assign(tree, { data: { hiddenTasks: hiddenTasks(tokens, source, env.lineStarts) } });
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
