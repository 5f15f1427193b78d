/**
 * The one markdown parser: CommonMark + GFM, to mdast. No plugin that runs code is ever added.
 * Emphasis and strikethrough are resolved by `attention.ts` and `strikethrough.ts`: the same
 * result, in linear time. Text that cannot hold a literal autolink skips the pass that looks
 * for them, which walks the whole tree.
 */
import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { Extension } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Data, type Processor, unified } from 'unified';
import { linearAttentionExtension } from './attention.js';
import { type Definitions, seedDefinitions } from './definitions.js';
import { linearStrikethroughExtension } from './strikethrough.js';

type Parse = (text: string) => Root;

/** A plugin that adds micromark extensions the way remark-gfm does. A new function each time:
 *  unified treats a second `use` of the same plugin as new options for the first. */
function micromarkExtensions(...extensions: Extension[]) {
  return function (this: Processor): void {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(...extensions);
  };
}

type FromMarkdownExtensions = NonNullable<Data['fromMarkdownExtensions']>;
const AUTOLINK_PASS = new Set(gfmAutolinkLiteralFromMarkdown().transforms);

/** A plugin, after remark-gfm, that drops the tree pass finding literal autolinks (`www.x.com`,
 *  `https://…`, `a@b.co`) in text nodes. */
function withoutAutolinkPass(this: Processor): void {
  const data = this.data();
  const strip = (extensions: FromMarkdownExtensions): FromMarkdownExtensions =>
    extensions.map((extension) =>
      Array.isArray(extension)
        ? (strip(extension) as typeof extension)
        : { ...extension, transforms: extension.transforms?.filter((transform) => !AUTOLINK_PASS.has(transform)) },
    );
  data.fromMarkdownExtensions = strip(data.fromMarkdownExtensions ?? []);
}

/**
 * A literal autolink needs `www`, `http` or `@` in the text of a node — typed, or made by a
 * character reference (`&#64;`). Without any of them the pass finds nothing and may be skipped.
 */
const MAY_AUTOLINK = /www|http|@|&[#a-z]/i;

/** Parsers of one configuration: with the autolink pass, and without it for text that needs none. */
function parsers(...extensions: Extension[]): Parse {
  // Each replacement sits where the construct it replaces sits among the span resolvers:
  // emphasis before remark-gfm's extensions, strikethrough after them (later ones come first).
  const full = unified()
    .use(remarkParse)
    .use(micromarkExtensions(linearAttentionExtension))
    .use(remarkGfm)
    .use(micromarkExtensions(linearStrikethroughExtension, ...extensions))
    .freeze();
  const light = full().use(withoutAutolinkPass).freeze();
  return (text) => (MAY_AUTOLINK.test(text) ? full : light).parse(text);
}

/** Parses one whole markdown text. */
export const parseMarkdown: Parse = parsers();

/** A parser that knows the link and footnote definitions made elsewhere in the file (for
 *  sections parsed apart from the definitions they use). */
export function markdownParserWith(definitions: Definitions): Parse {
  return parsers(seedDefinitions(definitions));
}
