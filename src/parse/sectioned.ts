/**
 * Parses a markdown text section by section, so that time and memory grow linearly with the
 * file: micromark resolves some constructs (setext headings, HTML, tables) by rewriting the
 * event list of everything parsed so far, which makes one long document quadratic. The tree of
 * each section is yielded with positions in the file, and then dropped.
 *
 * A split never changes what is parsed: every cut the scanner proposes (`sections.ts`) is checked
 * against the parse of the section before it, and a section whose cut turns out unsound is
 * parsed again together with what follows. Definitions, which reach across the whole file, are
 * collected first and handed to every section (`definitions.ts`).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { collectDefinitions, emptyDefinitions } from './definitions.js';
import { checkNesting } from './limits.js';
import { markdownParserWith, parseMarkdown } from './markdown.js';
import { closes, type Cut, CutScanner, endsOnFirstLine, fenceAt, htmlBlockAt, Lines, type OpenBlock } from './sections.js';

/** How big sections grow before a cut is taken. */
export interface SectionSizes {
  /** About this many bytes... */
  bytes: number;
  /** ...or this many possible cuts: each setext heading costs time in proportion to the length
   *  of its section. */
  cuts: number;
}

const SECTION_SIZES: SectionSizes = { bytes: 4 * 1024, cuts: 32 };
/** Without definitions, sections parsed in a first pass are kept up to this size in total, so
 *  that a file that only looks as if it might hold definitions is not parsed twice. */
const KEEP_BYTES = 256 * 1024;

type Parse = (text: string) => Root;

/** One parsed section: lines `start` to `end` (0-based, end excluded), positions in the file. */
interface Section {
  start: number;
  end: number;
  tree: Root;
}

/** The top-level nodes of `text`, in order, as one parse of the whole text would give them. */
export function* parseSections(text: string, sizes: SectionSizes = SECTION_SIZES): Generator<RootContent> {
  checkNesting(text);
  const lines = new Lines(text);
  // Every definition is written `[label]:`; without that, no section depends on another.
  if (!text.includes(']:')) {
    for (const section of sections(lines, parseMarkdown, sizes)) yield* section.tree.children;
    return;
  }

  const definitions = emptyDefinitions();
  const spans: Section[] = [];
  let kept = 0;
  for (const section of sections(lines, parseMarkdown, sizes)) {
    collectDefinitions(section.tree, definitions);
    kept += lines.offset(section.end) - lines.offset(section.start);
    spans.push(kept <= KEEP_BYTES ? section : { ...section, tree: { type: 'root', children: [] } });
  }
  if (definitions.links.size + definitions.footnotes.size === 0 && kept <= KEEP_BYTES) {
    for (const section of spans) yield* section.tree.children;
    return;
  }
  const parse = markdownParserWith(definitions);
  for (const { start, end } of spans) yield* parseSpan(lines, start, end, parse).children;
}

/** The sections of a text, each checked against the next cut. */
function* sections(lines: Lines, parse: Parse, sizes: SectionSizes): Generator<Section> {
  const scanner = new CutScanner(lines);
  let start = 0;
  while (start < lines.count) {
    let minBytes = sizes.bytes;
    let maxCuts = sizes.cuts;
    let leaves = true;
    const take = (): Cut | undefined => {
      let seen = 0;
      for (let cut = scanner.next(start); cut; cut = scanner.next(start)) {
        if (cut.kind === 'leaf' && !leaves) continue;
        if (lines.offset(cut.line) - lines.offset(start) >= minBytes || ++seen >= maxCuts) return cut;
      }
      return undefined;
    };
    let cut = take();
    for (;;) {
      const end = cut?.line ?? lines.count;
      const tree = parse(lines.text.slice(lines.offset(start), lines.offset(end)));
      const verdict = cut ? check(tree, lines, start, end, cut.kind) : 'sound';
      if (verdict === 'sound') {
        shift(tree, start, offsetOf(lines, start));
        yield { start, end, tree };
        start = end;
        break;
      }
      // Unsound: parse again up to a later cut, at least twice as far, so that a run of bad
      // cuts costs no more than parsing the section twice.
      if (verdict !== 'unsound') scanner.reopen(verdict);
      if (cut!.kind === 'leaf') leaves = false;
      minBytes = 2 * (lines.offset(end) - lines.offset(start));
      maxCuts = Infinity;
      cut = take();
    }
  }
}

/** A span of lines parsed alone, positions in the file. */
function parseSpan(lines: Lines, start: number, end: number, parse: Parse): Root {
  const tree = parse(lines.text.slice(lines.offset(start), lines.offset(end)));
  shift(tree, start, offsetOf(lines, start));
  return tree;
}

/** The offset micromark counts for the start of line `line`: it drops a byte order mark that
 *  opens the text, and counts from after it. */
function offsetOf(lines: Lines, line: number): number {
  return lines.offset(line) - (line > 0 && lines.text.startsWith('\uFEFF') ? 1 : 0);
}

/**
 * Whether the section ending at `end` parsed as it would in place: 'sound'; or the block that
 * the whole file would keep open across the cut (so the scanner knows); or 'unsound'.
 */
function check(tree: Root, lines: Lines, start: number, end: number, kind: Cut['kind']): 'sound' | 'unsound' | OpenBlock {
  const last = tree.children.at(-1);
  if (!last?.position) return 'sound';
  const lastLine = end - start;
  if (kind === 'leaf') {
    // The line before the cut must close a top-level heading or be a top-level thematic break.
    const leaf = (last.type === 'heading' || last.type === 'thematicBreak') && last.position.end.line === lastLine;
    return leaf ? 'sound' : 'unsound';
  }
  // Before an ATX heading in column 1 every container and paragraph closes, but a fenced code
  // block inside one that is still open at the end of the section would end differently here
  // (at the end of the text it takes the last line ending, and blank lines, as content).
  if (openInside(last, lastLine)) return 'unsound';
  // At the top level, only a fenced code or HTML block still open would take the heading in.
  const first = lines.line(start + last.position.start.line - 1);
  const final = lines.line(start + last.position.end.line - 1);
  if (last.type === 'code') {
    const fence = fenceAt(first);
    if (!fence) return 'sound'; // indented code
    return last.position.end.line > last.position.start.line && closes(fence, final) ? 'sound' : fence;
  }
  if (last.type === 'html') {
    const html = htmlBlockAt(first) ?? { kind: 'html', end: 'blank' };
    if (html.end === 'blank') return last.position.end.line < lastLine ? 'sound' : html;
    const ended = last.position.end.line === last.position.start.line ? endsOnFirstLine(html, first) : html.end.test(final);
    return ended ? 'sound' : html;
  }
  return 'sound';
}

/** Whether a code or HTML block inside a container reaches the last line of the section: such
 *  a cut is not taken, which errs on the safe side for one that was closed on that line. */
function openInside(node: RootContent, lastLine: number): boolean {
  let current: Nodes | undefined = node;
  while (current && 'children' in current && current.children.length > 0) {
    current = current.children.at(-1) as Nodes;
    if ((current.type === 'code' || current.type === 'html') && (current.position?.end.line ?? 0) >= lastLine) return true;
  }
  return false;
}

/** Moves every position in `tree` down by `lines` lines and `offset` characters. */
function shift(tree: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: Nodes[] = [];
  for (const child of tree.children) stack.push(child);
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}
