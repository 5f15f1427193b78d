/** Plain text of mdast nodes, the way a reader sees it. */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Text content with runs of white space (soft breaks included) folded to one space. */
export function plainText(node: Nodes | Nodes[]): string {
  const nodes = Array.isArray(node) ? node : [node];
  return nodes
    .map((n) => toString(n, { includeImageAlt: false }))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key normalised for lookup: lower case, punctuation dropped, single spaces. */
export function normaliseKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
