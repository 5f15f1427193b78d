/**
 * A workaround for a micromark divergence from CommonMark and GitHub: after an indented code
 * block, an ordered list that does not start at 1, or a list item whose first line is empty, is
 * read as a paragraph (micromark treats it as interrupting one; followed by `---`, as a setext
 * heading), even across blank lines. GitHub renders a list there, with its task items. Where a paragraph or setext heading right after
 * indented code starts like such a list item, that text is parsed again on its own and its
 * positions mapped back: at the top level the rest of the document (so the list can go on past
 * the paragraph), inside a list item the paragraph's own lines.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';

/**
 * A line that may start a list item micromark refuses after indented code: an ordered item (one
 * that starts at 1 parses the same again, so it needs no closer test), or an empty item.
 */
const ORDERED_ITEM = /^ {0,3}(?:\d{1,9}[.)](?:[ \t]|\r?$)|[-*+][ \t]*\r?$)/;

type Parse = (text: string) => Root;

export function repairOrderedAfterCode(root: Root, source: string, parse: Parse): Root {
  if (!source.includes('    ') && !source.includes('\t')) return root; // no indented code
  const lines = lineStarts(source);
  repairTop(root, source, lines, parse);
  for (const child of root.children) repairNested(child, source, lines, parse);
  return root;
}

function repairTop(root: Root, source: string, lines: number[], parse: Parse): void {
  const i = suspect(root, source, lines);
  if (i === -1) return;
  const start = root.children[i]!.position!.start;
  const lineStart = lines[start.line - 1]!;
  const rest = parse(source.slice(lineStart));
  for (const child of rest.children) shift(child, start.line - 1, () => 0, lines);
  root.children = [...root.children.slice(0, i), ...rest.children];
}

/** Inside list items: the paragraph's lines, without the item's indentation, parsed alone. */
function repairNested(node: Nodes, source: string, lines: number[], parse: Parse): void {
  if (!('children' in node)) return;
  if (node.type === 'listItem') {
    for (let i = suspect(node, source, lines); i !== -1; i = suspect(node, source, lines)) {
      const paragraph = node.children[i]!;
      const { start, end } = paragraph.position!;
      const text: string[] = [];
      // Each line loses the item's indentation, or what it has of it (a lazy line has less).
      const stripped: number[] = [];
      for (let line = start.line; line <= end.line; line++) {
        const content = source.slice(lines[line - 1], (lines[line] ?? source.length + 1) - 1);
        const spaces = /^ */.exec(content)![0].length;
        stripped.push(Math.min(spaces, start.column - 1));
        text.push(content.slice(stripped.at(-1)));
      }
      const parsed = parse(`${text.join('\n')}\n`);
      for (const child of parsed.children) shift(child, start.line - 1, (line) => stripped[line] ?? 0, lines);
      node.children.splice(i, 1, ...(parsed.children as typeof node.children));
    }
  }
  for (const child of node.children) repairNested(child as Nodes, source, lines, parse);
}

/**
 * The index of a paragraph (or setext heading: an ATX one starts with `#`, never a digit) that
 * follows indented code and reads like an ordered item, or -1.
 */
function suspect(parent: Parent, source: string, lines: number[]): number {
  for (let i = 1; i < parent.children.length; i++) {
    const node = parent.children[i]!;
    if ((node.type !== 'paragraph' && node.type !== 'heading') || !isIndentedCode(parent.children[i - 1]!, source)) continue;
    const start = node.position?.start;
    if (!start) continue;
    const lineStart = lines[start.line - 1]!;
    const line = source.slice(lineStart + start.column - 1, (lines[start.line] ?? source.length + 1) - 1);
    if (ORDERED_ITEM.test(line) && /^[ ]*$/.test(source.slice(lineStart, lineStart + start.column - 1))) return i;
  }
  return -1;
}

function isIndentedCode(node: RootContent, source: string): boolean {
  if (node.type !== 'code' || node.position?.start.offset === undefined) return false;
  const first = source.charAt(node.position.start.offset);
  return first !== '`' && first !== '~';
}

/** Where each line starts; a line ends at `\r\n`, `\r` or `\n`, as in CommonMark. */
function lineStarts(source: string): number[] {
  const starts = [0];
  const ending = /\r\n|\r|\n/g;
  for (let match = ending.exec(source); match; match = ending.exec(source)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * Moves a re-parsed node back to where its text stands in the whole source: `lines` down, and
 * right by what was cut from the start of each of its lines (indexed from the first, 0).
 */
function shift(node: Nodes, lines: number, columns: (line: number) => number, starts: number[]): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (!point) continue;
    point.column += columns(point.line - 1);
    point.line += lines;
    point.offset = (starts[point.line - 1] ?? 0) + point.column - 1;
  }
  if ('children' in node) for (const child of node.children) shift(child as Nodes, lines, columns, starts);
}
