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
  const lower = key.toLowerCase();
  // In ASCII, letters and digits are exactly A-Z, a-z and 0-9: nearly every key is ASCII, and
  // this pattern spares compiling the Unicode property classes (a millisecond of every start).
  const kept = ASCII.test(lower) ? lower.replace(/[^A-Za-z0-9\s]/g, ' ') : lower.replace(/[^\p{L}\p{N}\s]/gu, ' ');
  return kept.replace(/\s+/g, ' ').trim();
}

const ASCII = /^[\0-\x7f]*$/;
