/**
 * The one markdown parser: CommonMark + GFM, to mdast. No plugin that runs code is ever added.
 * Emphasis and strikethrough are resolved by `attention.ts` and `strikethrough.ts`: the same
 * result, in linear time.
 */
import type { Root } from 'mdast';
import type { Extension } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { linearAttentionExtension } from './attention.js';
import { seedDefinitions, type Definitions } from './definitions.js';
import { linearStrikethroughExtension } from './strikethrough.js';

/** A plugin that adds micromark extensions the way remark-gfm does. A new function each time:
 *  unified treats a second `use` of the same plugin as new options for the first. */
function micromarkExtensions(...extensions: Extension[]) {
  return function (this: Processor): void {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(...extensions);
  };
}

/** Each replacement sits where the construct it replaces sits among the span resolvers: emphasis
 *  before remark-gfm's extensions, strikethrough after them (later extensions come first). */
const base = unified()
  .use(remarkParse)
  .use(micromarkExtensions(linearAttentionExtension))
  .use(remarkGfm)
  .use(micromarkExtensions(linearStrikethroughExtension));
const processor = base().freeze();

/** Parses one whole markdown text. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** A parser that knows the link and footnote definitions made elsewhere in the file (for
 *  sections parsed apart from the definitions they use). */
export function markdownParserWith(definitions: Definitions): (text: string) => Root {
  const seeded = base().use(micromarkExtensions(seedDefinitions(definitions))).freeze();
  return (text) => seeded.parse(text);
}
