/**
 * The top-level markdown nodes of a roadmap's body → its RoadmapDocument: title, release,
 * document fields, milestones with their fields, tasks and heading path, and success metrics.
 */
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import type { Diagnostic, Field, HeadingRef, Marker, Metric, Milestone, RoadmapDocument, Settings, SourceFile, Task } from '../model/types.js';
import { fieldsOfParagraph, MILESTONE_KEYS } from './fields.js';
import type { FrontMatterResult } from './front-matter-result.js';
import { splitMarker } from './markers.js';
import { METRICS_HEADING, parseMetric } from './metrics.js';
import { collectTasks } from './tasks.js';
import { plainText } from './text.js';
import { fileStem } from './unparsed.js';

export type ParseSettings = Pick<Settings, 'milestoneDepth'>;

/** A heading while the file is walked. */
interface OpenHeading {
  title: string;
  depth: number;
  line: number;
  column: number;
  marker: Marker | null;
  mojibake: boolean;
  fields: Field[];
  tasks: Task[];
  metrics: boolean;
  /** Headings above it, nearest first. */
  ancestors: OpenHeading[];
}

/** Walks the top-level nodes of the body in order; nothing before needs the whole tree. */
export function readBody(
  source: SourceFile,
  front: FrontMatterResult,
  nodes: Iterable<RootContent>,
  settings: ParseSettings,
  diagnostics: Diagnostic[],
): RoadmapDocument {
  const headings: OpenHeading[] = [];
  const documentFields: Field[] = [];
  const looseTasks: Task[] = [];
  const metrics: Metric[] = [];
  let stack: OpenHeading[] = [];
  let firstH1: string | undefined;
  let seenSection = false;
  let previous: RootContent | undefined;

  for (const node of nodes) {
    if (node.type === 'heading') {
      const heading = openHeading(node, stack);
      if (node.depth === 1) firstH1 ??= heading.title;
      if (node.depth >= 2) seenSection = true;
      stack = [...heading.ancestors.slice().reverse(), heading];
      headings.push(heading);
    } else {
      const owner = milestoneOf(stack, settings.milestoneDepth);
      if (node.type === 'paragraph') {
        const fields = fieldsOfParagraph(node);
        for (const field of fields) {
          if (!seenSection || previous?.type === 'thematicBreak') documentFields.push(field);
          if (owner && MILESTONE_KEYS.has(field.name)) owner.fields.push(field);
        }
      }
      const tasks = collectTasks(node);
      // A loop, not push(...tasks): one list may hold more tasks than a call takes arguments.
      const into = owner ? owner.tasks : looseTasks;
      for (const task of tasks) into.push(task);
      if (node.type === 'list' && stack.at(-1)?.metrics) for (const metric of metricsOf(node)) metrics.push(metric);
    }
    previous = node;
  }

  const title = front.data.title?.trim() || firstH1 || fileStem(source.path);
  const milestones: Milestone[] = [];
  if (looseTasks.length > 0) milestones.push(implicitMilestone(title, looseTasks, headings));
  for (const heading of headings) {
    if (heading.depth < settings.milestoneDepth) continue;
    if (heading.tasks.length === 0 && heading.fields.length === 0) continue;
    milestones.push(toMilestone(heading));
  }
  milestones.sort((a, b) => a.line - b.line);

  return {
    file: source.path,
    title,
    release: front.data.release?.trim() || title,
    priority: front.data.priority ?? null,
    blocking: front.data.blocking ?? false,
    fields: [...frontMatterFields(front.data), ...documentFields],
    milestones,
    metrics,
    diagnostics,
  };
}

function openHeading(node: Heading, stack: OpenHeading[]): OpenHeading {
  const split = splitMarker(plainText(node));
  const ancestors = stack.filter((h) => h.depth < node.depth).reverse();
  return {
    title: split.title,
    depth: node.depth,
    line: node.position!.start.line,
    column: node.position!.start.column,
    marker: split.marker,
    mojibake: split.mojibake,
    fields: [],
    tasks: [],
    metrics: METRICS_HEADING.test(split.title) || ancestors.some((h) => h.metrics),
    ancestors,
  };
}

/** The nearest open heading deep enough to be a milestone. */
function milestoneOf(stack: OpenHeading[], minDepth: number): OpenHeading | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.depth >= minDepth) return stack[i];
  return undefined;
}

function metricsOf(list: List): Metric[] {
  const found: Metric[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    if (typeof item.checked === 'boolean' || first?.type !== 'paragraph' || !item.position) continue;
    const metric = parseMetric(plainText(first as Paragraph), item.position.start.line, item.position.start.column);
    if (metric) found.push(metric);
  }
  return found;
}

function toMilestone(heading: OpenHeading): Milestone {
  return {
    title: heading.title,
    section: sectionOf(heading),
    marker: heading.marker,
    markerMojibake: heading.mojibake,
    depth: heading.depth,
    line: heading.line,
    column: heading.column,
    implicit: false,
    fields: heading.fields,
    ancestors: heading.ancestors.map(toRef),
    tasks: heading.tasks,
  };
}

function implicitMilestone(title: string, tasks: Task[], headings: OpenHeading[]): Milestone {
  const h1 = headings.find((h) => h.depth === 1 && h.line < tasks[0]!.line);
  return {
    title,
    section: null,
    marker: null,
    markerMojibake: false,
    depth: 0,
    line: tasks[0]!.line,
    column: 1,
    implicit: true,
    fields: [],
    ancestors: h1 ? [toRef(h1)] : [],
    tasks,
  };
}

function toRef(heading: OpenHeading): HeadingRef {
  return { title: heading.title, depth: heading.depth, line: heading.line, fields: heading.fields };
}

/** The H2 a heading lies in: itself when it is one. */
function sectionOf(heading: OpenHeading): string | null {
  if (heading.depth === 2) return heading.title;
  return heading.ancestors.find((h) => h.depth === 2)?.title ?? null;
}

/** Front matter dates take part in date resolution as document fields. */
function frontMatterFields(data: Record<string, unknown>): Field[] {
  const names: Array<[string, string]> = [
    ['generated', 'generated'],
    ['updated', 'last updated'],
    ['next_review', 'next review'],
    ['owner', 'owner'],
  ];
  const fields: Field[] = [];
  for (const [key, name] of names) {
    const value = data[key];
    if (value === undefined) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    fields.push({ key, name, value: text, references: [], line: 1, column: 1 });
  }
  return fields;
}
