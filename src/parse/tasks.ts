/**
 * Task items: every GFM task-list item at any depth, exactly the ones GitHub renders as
 * checkboxes. remark-gfm marks them with `checked: boolean`; code, HTML comments and inline code
 * never become list items, so they can never count. Where remark-gfm and GitHub's cmark-gfm
 * disagree, GitHub wins (see `task-box.ts` and `bare-boxes.ts`).
 */
import type { ListItem, Nodes } from 'mdast';
import type { Task } from '../model/types.js';
import { isBlankedBox } from './bare-boxes.js';
import { boxOf } from './task-box.js';
import { plainText } from './text.js';

/** Task items below `node`, in document order; `source` is the text `node` was parsed from. */
export function collectTasks(node: Nodes, source: string, into: Task[] = []): Task[] {
  if (node.type === 'listItem') {
    const checked = isBlankedBox(node) ? node.checked === true : (boxOf(node, source)?.checked ?? null);
    if (checked !== null) into.push(taskOf(node, checked));
  }
  if ('children' in node) for (const child of node.children) collectTasks(child as Nodes, source, into);
  return into;
}

function taskOf(item: ListItem, checked: boolean): Task {
  const first = item.children[0];
  let text = first?.type === 'paragraph' ? plainText(first) : '';
  // Where remark-gfm did not see a task, the paragraph still holds the box as text.
  if (typeof item.checked !== 'boolean') text = text.replace(/^\[[ xX]\]\s*/, '');
  return {
    text,
    checked,
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
