/**
 * GitHub reads a box followed by nothing on its line (`- [ ] `) as part of the item's marker, so
 * the item has no content yet: a blank line then ends it, and what follows belongs to the outer
 * block (cmark-gfm's rule for empty items). remark-gfm keeps `[ ]` as the item's text instead,
 * which changes the shape of what follows. Where such boxes exist, they are blanked to spaces
 * (same length, so positions hold) and the text parsed again; an item that then no longer
 * exists (an empty item cannot interrupt a paragraph, a boxed one can) keeps its box.
 */
import type { ListItem, Nodes, Root } from 'mdast';
import { type Box, boxOf } from './task-box.js';

/** Data set on list items whose bare box was blanked: they are tasks, with this state. */
export interface BareBoxData {
  bareBox: boolean;
}

export function repairBareBoxes(root: Root, source: string, parse: (text: string) => Root): Root {
  let boxes = new Map<number, Box>();
  visitItems(root, (item) => {
    const box = boxOf(item, source);
    if (box?.bare) boxes.set(item.position!.start.offset!, box);
  });
  // Each round drops the boxes whose items vanished; a few rounds always settle it.
  for (let round = 0; round < 4 && boxes.size > 0; round++) {
    const reparsed = parse(blank(source, [...boxes.values()]));
    const found = new Map<number, ListItem>();
    visitItems(reparsed, (item) => {
      const offset = item.position?.start.offset;
      if (offset !== undefined && boxes.has(offset)) found.set(offset, item);
    });
    if (found.size === boxes.size) {
      for (const [offset, item] of found) {
        item.checked = boxes.get(offset)!.checked;
        item.data = { ...item.data, bareBox: true } as ListItem['data'] & BareBoxData;
      }
      return reparsed;
    }
    boxes = new Map([...boxes].filter(([offset]) => found.has(offset)));
  }
  return root;
}

export function isBlankedBox(item: ListItem): boolean {
  return (item.data as BareBoxData | undefined)?.bareBox === true;
}

function blank(source: string, boxes: Box[]): string {
  let out = '';
  let from = 0;
  for (const box of [...boxes].sort((a, b) => a.start - b.start)) {
    out += `${source.slice(from, box.start)}   `;
    from = box.start + 3;
  }
  return out + source.slice(from);
}

function visitItems(node: Nodes, visit: (item: ListItem) => void): void {
  if (node.type === 'listItem') visit(node);
  if ('children' in node) for (const child of node.children) visitItems(child as Nodes, visit);
}
