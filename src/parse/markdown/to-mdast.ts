/**
 * markdown-it tokens → the mdast nodes the roadmap reading walks (`read-body.ts`): headings,
 * paragraphs, lists and items with their checkbox, quotes, code, HTML, rules, tables (as empty
 * stand-ins: a table cell never holds a task), and the inline content of paragraphs and headings.
 *
 * Block positions come from the tokens' line maps. markdown-it keeps no columns, so they are
 * taken from the source: a list item's from the marker (`list-items.ts`), other blocks' from the
 * first character of their line, and inline nodes' by finding their markup in their line in
 * order, which is exact for the keys and references that fields and lint point at.
 */
import type {
  BlockContent,
  Heading,
  List,
  ListItem,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import type Token from 'markdown-it/lib/token.mjs';
import type { Position } from 'unist';
import type { ItemMeta } from './list-items.js';

/** The inline tokens of a paragraph or heading, parsed on first request. */
export type InlineParser = (token: Token) => Token[];

/**
 * A paragraph or heading whose inline content is parsed when first read. The reading needs the
 * inline content of headings, of a task's first paragraph, of paragraphs that may hold fields and
 * of metric items; most prose in a roadmap is never read, and so never parsed.
 */
class InlineParent {
  #read: (() => PhrasingContent[]) | undefined;
  #children: PhrasingContent[] | undefined;

  constructor(
    readonly position: Position,
    /** The inline source as markdown-it holds it: the block's lines, markers and indent removed. */
    readonly inlineSource: string,
    read: () => PhrasingContent[],
  ) {
    this.#read = read;
  }

  get children(): PhrasingContent[] {
    if (this.#children === undefined) {
      this.#children = this.#read!();
      this.#read = undefined;
    }
    return this.#children;
  }

  set children(children: PhrasingContent[]) {
    this.#children = children;
    this.#read = undefined;
  }
}

class LazyParagraph extends InlineParent implements Paragraph {
  readonly type = 'paragraph';
}

class LazyHeading extends InlineParent implements Heading {
  readonly type = 'heading';

  constructor(
    readonly depth: Heading['depth'],
    position: Position,
    inlineSource: string,
    read: () => PhrasingContent[],
  ) {
    super(position, inlineSource, read);
  }
}

/** A line of the paragraph's source starts with `**` or `__`: only such a line can open with strong text. */
const STRONG_AT_LINE_START = /(?:^|\n)[ \t]*(?:\*\*|__)/;

/**
 * Whether any line of a paragraph may start with strong text (a field's `**Key**:`), decided
 * from its source without parsing its inline content; true for a paragraph built elsewhere.
 */
export function mayStartLineWithStrong(paragraph: Paragraph): boolean {
  return !(paragraph instanceof LazyParagraph) || STRONG_AT_LINE_START.test(paragraph.inlineSource);
}

export function toMdast(tokens: Token[], source: string, lineStarts: number[], parseInline: InlineParser): Root {
  const root: Root = { type: 'root', children: [] };
  const lineText = (line: number): string => source.slice(lineStarts[line - 1] ?? source.length, (lineStarts[line] ?? source.length + 1) - 1);
  const stack: Parent[] = [root];
  const add = (node: RootContent): void => {
    (stack.at(-1)!.children as RootContent[]).push(node);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'heading_open':
      case 'paragraph_open': {
        const inline = tokens[i + 1]!;
        const position = blockPosition(token, lineText);
        const read = () => inlineNodes(parseInline(inline), position.start.line, lineText);
        add(
          token.type === 'heading_open'
            ? new LazyHeading(Number(token.tag.slice(1)) as Heading['depth'], position, inline.content, read)
            : new LazyParagraph(position, inline.content, read),
        );
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const start = token.attrGet('start');
        const list: List = {
          type: 'list',
          ordered: token.type === 'ordered_list_open',
          start: token.type === 'ordered_list_open' ? (start === null ? 1 : Number(start)) : null,
          spread: false,
          children: [],
          position: blockPosition(token, lineText),
        };
        add(list);
        stack.push(list);
        break;
      }
      case 'list_item_open': {
        const meta = token.meta as ItemMeta | null;
        const position = blockPosition(token, lineText);
        if (meta) position.start.column = meta.column;
        const item: ListItem = { type: 'listItem', spread: false, checked: meta?.checked ?? null, children: [], position };
        add(item);
        stack.push(item);
        break;
      }
      case 'blockquote_open': {
        const quote: Parent & BlockContent = { type: 'blockquote', children: [], position: blockPosition(token, lineText) };
        add(quote);
        stack.push(quote);
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
        stack.pop();
        break;
      case 'fence':
      case 'code_block':
        add({ type: 'code', lang: token.info.trim() || null, meta: null, value: token.content, position: blockPosition(token, lineText) });
        break;
      case 'html_block':
        add({ type: 'html', value: token.content, position: blockPosition(token, lineText) });
        break;
      case 'hr':
        add({ type: 'thematicBreak', position: blockPosition(token, lineText) });
        break;
      case 'table_open': {
        add({ type: 'table', align: [], children: [], position: blockPosition(token, lineText) });
        while (i < tokens.length && tokens[i]!.type !== 'table_close') i++;
        break;
      }
      default:
        break;
    }
  }
  return root;
}

/** Spans (emphasis, links) nested deeper than this are flattened. */
const MAX_INLINE_DEPTH = 32;

/** How far past the cursor inline markup is looked for. */
const SEARCH_WINDOW = 64;

function blockPosition(token: Token, lineText: (line: number) => string): Position {
  const [first, end] = token.map ?? [0, 1];
  const line = first + 1;
  const column = (/^[ \t]*/.exec(lineText(line))?.[0].length ?? 0) + 1;
  return { start: { line, column }, end: { line: Math.max(end, line), column: 1 } };
}

/** The inline tokens of one paragraph or heading as phrasing content. */
function inlineNodes(tokens: Token[], firstLine: number, lineText: (line: number) => string): PhrasingContent[] {
  let line = firstLine;
  let text = lineText(line);
  let cursor = 0;
  /** Where `needle` stands at or shortly after the cursor on the current line, or -1. The search
   *  is bounded, so that text whose source differs from its content (entities, escapes) costs no
   *  scan of the rest of a long line. */
  const find = (needle: string): number => {
    if (needle === '') return -1;
    const at = text.slice(cursor, cursor + SEARCH_WINDOW + needle.length * 4).indexOf(needle);
    return at === -1 ? -1 : cursor + at;
  };
  /** The column of `markup` at or after the cursor on the current line, moving the cursor past it. */
  const locate = (markup: string): Position => {
    const at = find(markup);
    const index = at === -1 ? cursor : at;
    if (at !== -1) cursor = at + markup.length;
    return { start: { line, column: index + 1 }, end: { line, column: index + 1 } };
  };
  const newLine = (): void => {
    line++;
    text = lineText(line);
    cursor = 0;
  };

  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: Array<{ children: PhrasingContent[] }> = [root];
  const add = (node: PhrasingContent): void => {
    stack.at(-1)!.children.push(node);
  };
  // Past this depth, spans are flattened into the one that holds them: their text is kept, and
  // every walk of the tree stays shallow.
  let flattened = 0;
  const open = (node: PhrasingContent & { children: PhrasingContent[] }): void => {
    if (stack.length > MAX_INLINE_DEPTH) {
      flattened++;
      return;
    }
    add(node);
    stack.push(node);
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        // markdown-it leaves empty text tokens where delimiters were.
        if (token.content === '') break;
        const at = find(token.content);
        if (at !== -1) cursor = at + token.content.length;
        add({ type: 'text', value: token.content, position: { start: { line, column: (at === -1 ? cursor : at) + 1 }, end: { line, column: 1 } } });
        break;
      }
      case 'softbreak':
        add({ type: 'text', value: '\n' });
        newLine();
        break;
      case 'hardbreak':
        add({ type: 'break' });
        newLine();
        break;
      case 'code_inline':
        add({ type: 'inlineCode', value: token.content, position: locate(token.markup) });
        break;
      case 'html_inline':
        add({ type: 'html', value: token.content, position: locate(token.content) });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [], position: locate(token.markup) });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [], position: locate(token.markup) });
        break;
      case 's_open':
        open({ type: 'delete', children: [], position: locate(token.markup) });
        break;
      case 'link_open':
        open({ type: 'link', url: token.attrGet('href') ?? '', title: token.attrGet('title'), children: [], position: locate(token.markup === 'autolink' ? '<' : '[') });
        break;
      case 'image':
        add({ type: 'image', url: token.attrGet('src') ?? '', title: token.attrGet('title'), alt: token.content, position: locate('![') });
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        if (flattened > 0) flattened--;
        else if (stack.length > 1) stack.pop();
        cursor += token.type === 'link_close' ? 0 : token.markup.length;
        break;
      default:
        break;
    }
  }
  return root.children;
}

