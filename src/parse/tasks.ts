/**
 * Task items: every GFM task-list item at any depth, exactly the ones GitHub renders as
 * checkboxes. The parser marks them with `checked: boolean` by cmark-gfm's rule
 * (`markdown/list-items.ts`); code, HTML blocks and inline code never become list items, so
 * they can never count.
 */
import type { ListItem, Nodes, Parent } from 'mdast';
import type { Task } from '../model/types.js';
import { plainText } from './text.js';

/** Task items below `node`, in document order. */
export function collectTasks(node: Nodes, into: Task[] = [], depth = 0): Task[] {
  const isTask = node.type === 'listItem' && typeof node.checked === 'boolean';
  if (isTask) into.push(taskOf(node, node.checked!, depth));
  // Tasks are list items, which only the root, lists, items and quotes hold: inline content is
  // never walked (nor parsed, for the paragraphs nothing reads).
  if (CONTAINERS.has(node.type)) for (const child of (node as Parent).children) collectTasks(child as Nodes, into, isTask ? depth + 1 : depth);
  return into;
}

const CONTAINERS = new Set<Nodes['type']>(['root', 'list', 'listItem', 'blockquote']);

function taskOf(item: ListItem, checked: boolean, depth: number): Task {
  // The first block's text, as GitHub shows it after the box: a paragraph, or a setext heading.
  const first = item.children[0];
  const text = first?.type === 'paragraph' || first?.type === 'heading' ? plainText(first) : '';
  return {
    text,
    checked,
    line: item.position!.start.line,
    column: item.position!.start.column,
    depth,
    ...annotations(text),
  };
}
// Made on first use: V8 parses a pattern when it makes it, and Unicode property classes take it
// most of a millisecond, paid at every start by files that name no owner and no tag.
let owner: RegExp | undefined;
let tag: RegExp | undefined;
const ownerPattern = () => (owner ??= /(?<![\w@.])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_]|[\p{L}\p{N}_])/gu);
const tagPattern = () => (tag ??= /(?<![\w&#/])#([\p{L}_][\p{L}\p{N}_/-]*)/gu);
const DUE = /\(due:?\s+(\d{4}-\d{2}-\d{2})\)|📅\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u;

/** `@owner`, `#tag` and due-date annotations; the text keeps them. */
export function annotations(text: string): Pick<Task, 'owners' | 'tags' | 'due'> {
  // Most tasks have none; a Unicode-property pattern costs a compile at start and a scan per task.
  const due = text.includes('(due') || text.includes('📅') ? DUE.exec(text) : null;
  return {
    owners: text.includes('@') ? [...text.matchAll(ownerPattern())].map((m) => m[1]!) : [],
    tags: text.includes('#') ? [...text.matchAll(tagPattern())].map((m) => m[1]!) : [],
    due: due ? (due[1] ?? due[2]!) : null,
  };
}
