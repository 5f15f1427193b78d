/**
 * `**Key**: value` lines. A paragraph may hold several, one per line: the seed ends its lines with
 * two spaces (hard breaks); others use plain newlines (soft breaks). Both split a paragraph here.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { Field } from '../model/types.js';
import { mayStartLineWithStrong } from './markdown/to-mdast.js';
import { normaliseKey, plainText } from './text.js';

/** Keys that make a heading a milestone, normalised. */
export const MILESTONE_KEYS = new Set(['priority', 'timeline', 'start', 'due', 'status', 'owner', 'depends on']);

export function fieldsOfParagraph(paragraph: Paragraph): Field[] {
  const fields: Field[] = [];
  // A field's line opens with strong text: a paragraph with no line that can is not parsed.
  if (!mayStartLineWithStrong(paragraph)) return fields;
  for (const line of splitLines(paragraph.children)) {
    const field = fieldOfLine(line);
    if (field) fields.push(field);
  }
  return fields;
}

/** Splits inline content at hard breaks and at newlines inside text. */
function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of children) {
    if (node.type === 'break') {
      lines.push([]);
    } else if (node.type === 'text' && node.value.includes('\n')) {
      const parts = node.value.split('\n');
      parts.forEach((part, index) => {
        if (index > 0) lines.push([]);
        // Each part keeps the position of the line it came from, for reference columns.
        if (part !== '') lines.at(-1)!.push({ ...node, value: part, position: linePosition(node, index) });
      });
    } else {
      lines.at(-1)!.push(node);
    }
  }
  return lines.filter((line) => line.length > 0);
}

function linePosition(node: PhrasingContent, index: number): PhrasingContent['position'] {
  if (!node.position || index === 0) return node.position;
  const line = node.position.start.line + index;
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

/** `**Key**: value` or `**Key:** value`; anything else is not a field. */
function fieldOfLine(line: PhrasingContent[]): Field | undefined {
  const [first, ...rest] = line;
  if (first?.type !== 'strong' || !first.position) return undefined;
  let key = plainText(first);
  let valueNodes = rest;
  if (key.endsWith(':')) {
    key = key.slice(0, -1).trim();
  } else {
    const next = rest[0];
    if (next?.type !== 'text' || !next.value.trimStart().startsWith(':')) return undefined;
    valueNodes = [{ ...next, value: next.value.trimStart().slice(1) }, ...rest.slice(1)];
  }
  if (key === '' || key.length > 60) return undefined;
  return {
    key,
    name: normaliseKey(key),
    value: plainText(valueNodes),
    references: references(valueNodes),
    line: first.position.start.line,
    column: first.position.start.column,
  };
}

function references(nodes: PhrasingContent[]): Field['references'] {
  const found: Field['references'] = [];
  const visit = (node: PhrasingContent): void => {
    const at = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === 'inlineCode') found.push({ target: node.value, line: at.line, column: at.column });
    if (node.type === 'link') found.push({ target: node.url, line: at.line, column: at.column });
    if ('children' in node) for (const child of node.children) visit(child as PhrasingContent);
  };
  nodes.forEach(visit);
  return found;
}
