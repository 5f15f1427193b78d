/**
 * The one markdown parser: CommonMark + GFM, to mdast, as GitHub reads it. No plugin that runs
 * code is ever added. Emphasis and strikethrough are resolved by `attention.ts` and
 * `strikethrough.ts`: the same result, in linear time. Text that cannot hold a literal autolink
 * skips the pass that looks for them, which walks the whole tree. Where remark and GitHub's
 * cmark-gfm part ways, the tree is repaired (`bare-boxes.ts`, `ordered-after-code.ts`). Text in
 * the plain subset most roadmaps are written in is read by a fast path to the same tree
 * (`simple-markdown.ts`); anything else goes through all of this.
 */
import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { Extension } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Data, type Processor, unified } from 'unified';
import { linearAttentionExtension } from './attention.js';
import { repairBareBoxes } from './bare-boxes.js';
import { collectDefinitions, type Definitions, emptyDefinitions, seedDefinitions } from './definitions.js';
import { repairOrderedAfterCode } from './ordered-after-code.js';
import { parseSimpleMarkdown } from './simple-markdown.js';
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

/** One remark-parse + remark-gfm pass (no repairs), with the autolink pass where it can match. */
function gfmParser(...extensions: Extension[]): Parse {
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

/**
 * A pass, then the repairs that make it read as GitHub does. The repairs parse parts of the text
 * again; a part must still know the link and footnote definitions made elsewhere in the text.
 */
function asGithub(...extensions: Extension[]): Parse {
  const pass = gfmParser(...extensions);
  return (text) => {
    const first = pass(text);
    let again: Parse | undefined;
    const part: Parse = (piece) => {
      again ??= withDefinitionsOf(first, extensions);
      return repairOrderedAfterCode(again(piece), piece, part);
    };
    const whole: Parse = (variant) => repairOrderedAfterCode(pass(variant), variant, part);
    return repairBareBoxes(repairOrderedAfterCode(first, text, part), text, whole);
  };
}

/** The pass, told of the definitions in `tree` (if it has any). */
function withDefinitionsOf(tree: Root, extensions: Extension[]): Parse {
  const definitions = emptyDefinitions();
  collectDefinitions(tree, definitions);
  if (definitions.links.size + definitions.footnotes.size === 0) return gfmParser(...extensions);
  return gfmParser(...extensions, seedDefinitions(definitions));
}

/** One remark-parse + remark-gfm pass, no repairs: the tree stock remark gives. */
export const parseGfm: Parse = gfmParser();

/** The full pipeline alone, without the fast path: what the fast path must equal. */
export const parseMarkdownSlow: Parse = asGithub();

/** Parses one whole markdown text as GitHub does: by the fast path when the text is simple
 *  enough for it (`simple-markdown.ts`), else by the full pipeline. */
export const parseMarkdown: Parse = (text) => parseSimpleMarkdown(text) ?? parseMarkdownSlow(text);

/** The same, knowing the link and footnote definitions made elsewhere in the file (for sections
 *  parsed apart from the definitions they use). The fast path takes no text with a link in it. */
export function markdownParserWith(definitions: Definitions): Parse {
  const slow = asGithub(seedDefinitions(definitions));
  return (text) => parseSimpleMarkdown(text) ?? slow(text);
}
