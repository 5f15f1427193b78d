/**
 * Link reference and footnote definitions apply to the whole file: `[text][ref]` is a link
 * wherever `[ref]: url` is written. A section parsed alone must be told of the definitions in
 * the others, or a reference to them would read as plain text.
 */
import type { Nodes, Root } from 'mdast';
import type { Construct, Extension, ParseContext, TokenizeContext } from 'micromark-util-types';

/** Normalised labels (micromark's `normalizeIdentifier`) of the definitions in a file. */
export interface Definitions {
  links: Set<string>;
  footnotes: Set<string>;
}

export function emptyDefinitions(): Definitions {
  return { links: new Set(), footnotes: new Set() };
}

/** Adds the definitions of a parsed tree to `into`. */
export function collectDefinitions(tree: Root, into: Definitions): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') into.links.add(normalizeIdentifier(node.label ?? node.identifier));
    if (node.type === 'footnoteDefinition') into.footnotes.add(normalizeIdentifier(node.label ?? node.identifier));
    // Definitions are blocks: they never sit inside a paragraph, heading or table.
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') {
      stack.push(...(node.children as Nodes[]));
    }
  }
}

/**
 * A micromark extension that enters the definitions in the parser's lists before any label is
 * resolved: it is tried first at every `[` and `![` (where every link, image and footnote call
 * starts), records the labels once per parse, and never matches.
 */
export function seedDefinitions(definitions: Definitions): Extension {
  const seeded = new WeakSet<ParseContext>();
  const seed: Construct = {
    name: 'seedDefinitions',
    tokenize(this: TokenizeContext, _effects, _ok, nok) {
      const parser = this.parser as ParseContext & { gfmFootnotes?: string[] };
      if (!seeded.has(parser)) {
        seeded.add(parser);
        const footnotes = (parser.gfmFootnotes ??= []);
        for (const label of definitions.links) parser.defined.push(label);
        for (const label of definitions.footnotes) footnotes.push(label);
      }
      return nok;
    },
  };
  return { text: { 33: seed, 91: seed } };
}

/** micromark-util-normalize-identifier 2.0.1: how micromark compares labels. */
export function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}
