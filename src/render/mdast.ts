/**
 * Small builders for the mdast nodes the markdown report is made of, and the one serialiser.
 * Roadmap text only ever enters the tree as the value of a `text` node, already neutralised:
 * remark-stringify escapes it for its place (a `|` in a table cell, a `<` that could open HTML,
 * a `*` that could open emphasis), so no roadmap text can become markup. No `html` node is built.
 * The one other way in is a `code` node's value (the gantt chart), neutralised by the renderer
 * that builds it; it is never read as markdown, since remark-stringify makes its fence longer
 * than any run of backticks in it.
 */
import type {
  AlignType,
  Code,
  Heading,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  Table,
  TableCell,
  Text,
} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { neutralise } from './sanitize.js';

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-', fences: true })
  .freeze();

/** The tree as markdown, without the final newline (the caller adds it, as for every renderer). */
export function stringifyMarkdown(root: Root): string {
  return processor.stringify(root).replace(/\n+$/, '');
}

/** Text from a roadmap (or any text): control characters and escape sequences removed. */
export function text(value: string): Text {
  return { type: 'text', value: neutralise(value) };
}

/** Inline content: a node, or a string that becomes a neutralised text node. */
export type Inline = PhrasingContent | string;

function inline(content: readonly Inline[]): PhrasingContent[] {
  return content.map((part) => (typeof part === 'string' ? text(part) : part));
}

export function heading(depth: Heading['depth'], ...content: Inline[]): Heading {
  return { type: 'heading', depth, children: inline(content) };
}

export function paragraph(...content: Inline[]): Paragraph {
  return { type: 'paragraph', children: inline(content) };
}

export function strong(...content: Inline[]): PhrasingContent {
  return { type: 'strong', children: inline(content) };
}

export function emphasis(...content: Inline[]): PhrasingContent {
  return { type: 'emphasis', children: inline(content) };
}

/** Inline code: its value is never read as markdown. */
export function inlineCode(value: string): PhrasingContent {
  return { type: 'inlineCode', value: neutralise(value) };
}

/**
 * GitHub's @mentions (`@alice`, `@org/team`): a user or team named in a comment is notified. The
 * first character must not follow a word character, `@` or `.`, so an e-mail address is none.
 */
const MENTION = /(?<![\w@.])@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][\w-]*)?/g;

/**
 * Roadmap text for markdown that may be posted as a comment: each @mention becomes inline code,
 * which GitHub shows as written and never notifies. A task's `@owner` is there to say who owns
 * it, not to ping them on every pull request that touches the roadmap.
 */
export function quietMentions(value: string): Inline[] {
  if (!value.includes('@')) return [value];
  const parts: Inline[] = [];
  let from = 0;
  for (const match of value.matchAll(MENTION)) {
    if (match.index > from) parts.push(value.slice(from, match.index));
    parts.push(inlineCode(match[0]));
    from = match.index + match[0].length;
  }
  if (from < value.length) parts.push(value.slice(from));
  return parts;
}

export function link(url: string, ...content: Inline[]): Link {
  return { type: 'link', url, children: inline(content) };
}

/** A tight bullet list; each item is a paragraph, optionally followed by a nested list. */
export function list(items: ReadonlyArray<{ content: Inline[]; children?: List }>): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map(
      (item): ListItem => ({
        type: 'listItem',
        spread: false,
        children: item.children ? [paragraph(...item.content), item.children] : [paragraph(...item.content)],
      }),
    ),
  };
}

/** A fenced code block, `lang` naming its language (`mermaid` for a chart GitHub draws). */
export function code(lang: string, value: string): Code {
  return { type: 'code', lang, value };
}

export interface Column {
  title: string;
  align: AlignType;
}

/** What a table cell holds: one piece of inline content, or several in a row. */
export type Cell = Inline | readonly Inline[];

/** A GFM table: a header row from the columns, then one row per entry, one cell per column. */
export function table(columns: readonly Column[], rows: ReadonlyArray<readonly Cell[]>): Table {
  const cell = (content: Cell): TableCell => ({ type: 'tableCell', children: inline(Array.isArray(content) ? content : [content as Inline]) });
  return {
    type: 'table',
    align: columns.map((column) => column.align),
    children: [columns.map((column) => column.title), ...rows].map((row) => ({
      type: 'tableRow',
      children: row.map(cell),
    })),
  };
}
