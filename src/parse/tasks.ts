/**
 * Task items: every GFM task-list item at any depth, the ones GitHub renders as checkboxes.
 * remark-gfm marks them with `checked: boolean`; code, HTML comments and inline code never
 * become list items, so they can never count.
 */
import type { ListItem, Nodes } from 'mdast';
import type { Task } from '../model/types.js';
import { plainText } from './text.js';

/** Task items below `node`, in document order. */
export function collectTasks(node: Nodes, into: Task[] = []): Task[] {
  if (node.type === 'listItem' && isTaskItem(node)) into.push(taskOf(node));
  if ('children' in node) for (const child of node.children) collectTasks(child as Nodes, into);
  return into;
}

/**
 * remark-gfm also ticks an item whose checkbox starts the line after its marker (`-` alone, then
 * `  [ ] text`); GitHub renders that as text, and its line holds no checkbox to point at.
 */
function isTaskItem(item: ListItem): boolean {
  if (typeof item.checked !== 'boolean' || !item.position) return false;
  return item.children[0]?.position?.start.line === item.position.start.line;
}

function taskOf(item: ListItem): Task {
  const first = item.children[0];
  const text = first?.type === 'paragraph' ? plainText(first) : '';
  return {
    text,
    checked: item.checked === true,
    line: item.position!.start.line,
    column: item.position!.start.column,
    ...annotations(text),
  };
}

const OWNER = /(?<![\w@.])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_]|[\p{L}\p{N}_])/gu;
const TAG = /(?<![\w&#/])#([\p{L}_][\p{L}\p{N}_/-]*)/gu;
const DUE = /\(due:?\s+(\d{4}-\d{2}-\d{2})\)|📅\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u;

/** `@owner`, `#tag` and due-date annotations; the text keeps them. */
export function annotations(text: string): Pick<Task, 'owners' | 'tags' | 'due'> {
  const due = DUE.exec(text);
  return {
    owners: [...text.matchAll(OWNER)].map((m) => m[1]!),
    tags: [...text.matchAll(TAG)].map((m) => m[1]!),
    due: due ? (due[1] ?? due[2]!) : null,
  };
}
