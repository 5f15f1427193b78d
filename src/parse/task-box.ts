/**
 * The checkbox of a list item, read from the source by cmark-gfm's rule (what GitHub renders):
 * the item's first paragraph opens with `[ ]`, `[x]` or `[X]` followed by a space, tab, vertical
 * tab or form feed on the same line. remark-gfm also accepts a tab inside the brackets and a line
 * end right after them, and rejects a box followed by nothing but spaces; GitHub does the
 * opposite in each case, so the source decides.
 */
import type { ListItem } from 'mdast';

export interface Box {
  checked: boolean;
  /** Offset of the `[`. */
  start: number;
  /** Only white space follows the box on its line. */
  bare: boolean;
}

/** A list marker, the white space after it, then a box and the character after the box. */
const BOX = /^((?:[-*+]|\d{1,9}[.)])[ \t]+)\[([ xX])\][ \t\v\f]/;

export function boxOf(item: ListItem, source: string): Box | null {
  const first = item.children[0];
  const paragraphStart = first?.type === 'paragraph' ? first.position?.start.offset : undefined;
  const itemStart = item.position?.start.offset;
  if (paragraphStart === undefined || itemStart === undefined) return null;
  const box = BOX.exec(source.slice(itemStart, Math.max(paragraphStart, itemStart) + 8));
  if (!box) return null;
  // The box must open the paragraph: remark-gfm starts it at the box or after the box's spaces.
  const start = itemStart + box[1]!.length;
  if (paragraphStart < start || !/^\s*$/.test(source.slice(start + 3, Math.max(paragraphStart, start + 3)))) {
    return null;
  }
  // The line ends at `\n`, `\r\n` or `\r`, as in CommonMark.
  const bare = /^[ \t\v\f]*(?:[\r\n]|$)/.test(source.slice(start + 3));
  return { checked: box[2] !== ' ', start, bare };
}
