/**
 * Due dates, overdue milestones and stale reviews (DESIGN.md §4). A milestone's due date comes
 * from the nearest heading on its path that says something about time: a `Due` field, else a
 * `Timeline` field, else a horizon in the heading's title (`(Next 3-6 Months)`). Spans count from
 * the nearest `Start` field, else the document's `Generated` date, else its `Last Updated` date.
 */
import type { Diagnostic, Field, Milestone, Report, ReportedMilestone, Review, RoadmapDocument, RoadmapReport } from '../model/types.js';
import { findField } from '../model/field.js';
import { daysBetween } from './calendar.js';
import { parseDay, type Resolution, resolveHorizon, resolveTimeline } from './timeline.js';

export interface MilestoneDates {
  due: string | null;
  start: string | null;
  diagnostics: Diagnostic[];
}

/** The document's own anchor: the first readable `Generated` date, else `Last Updated`. */
export function documentAnchor(document: RoadmapDocument): string | null {
  for (const name of ['generated', 'last updated']) {
    for (const field of document.fields) {
      if (field.name !== name) continue;
      const date = parseDay(field.value);
      if (date) return date;
    }
  }
  return null;
}

/** The fields that say when a heading's work is due, in the order they are read. */
const DUE_FIELDS = ['due', 'timeline'];

export function milestoneDates(document: RoadmapDocument, milestone: Milestone, anchor: string | null): MilestoneDates {
  const diagnostics: Diagnostic[] = [];
  const start = startOf(document, milestone, diagnostics);
  const from = start ?? anchor;
  // Level 0 is the milestone's own heading, then each heading above it, nearest first.
  for (let level = 0; level <= milestone.ancestors.length; level++) {
    const heading = level === 0 ? undefined : milestone.ancestors[level - 1]!;
    const fields = heading ? heading.fields : milestone.fields;
    for (const name of DUE_FIELDS) {
      const field = findField(fields, name);
      if (!field) continue;
      const resolution = resolveTimeline(field.value, from);
      if (resolution.kind === 'due' || resolution.kind === 'open') return dates(resolution, start, anchor, diagnostics);
      // A heading above has its own milestone, which reports its unreadable fields; look further up.
      if (heading) continue;
      diagnostics.push(timelineWarning(document, field, problem(field, resolution)));
      return { due: null, start, diagnostics };
    }
    const title = heading ? heading.title : milestone.implicit ? null : milestone.title;
    const horizon = title === null ? null : resolveHorizon(title, from);
    if (horizon?.kind === 'due' || horizon?.kind === 'open') return dates(horizon, start, anchor, diagnostics);
  }
  return { due: null, start: start ?? anchor, diagnostics };
}

/** Due before today, with work left: a milestone with every task done is never overdue. */
export function isOverdue(due: string | null, openTasks: number, today: string): boolean {
  return due !== null && due < today && openTasks > 0;
}

/** The document's `Next Review`, and a diagnostic when it cannot be read as a date. */
export function reviewOf(
  document: RoadmapDocument,
  anchor: string | null,
  today: string,
): { review: Review | null; diagnostics: Diagnostic[] } {
  const field = findField(document.fields, 'next review');
  if (!field) return { review: null, diagnostics: [] };
  const resolution = resolveTimeline(field.value, anchor);
  const { line, column } = field;
  if (resolution.kind === 'due') {
    const overdueDays = Math.max(0, daysBetween(resolution.date, today));
    return { review: { next: resolution.date, overdueDays, line, column }, diagnostics: [] };
  }
  if (resolution.kind === 'open') return { review: null, diagnostics: [] };
  return {
    review: null,
    diagnostics: [{ file: document.file, line, column, severity: 'warning', rule: 'timeline', message: problem(field, resolution) }],
  };
}

/** Every overdue milestone of a report or of one roadmap, in file and line order. */
export function overdueMilestones(report: Report | RoadmapReport): ReportedMilestone[] {
  const roadmaps = 'roadmaps' in report ? report.roadmaps : [report];
  return roadmaps.flatMap((roadmap) => roadmap.milestones.filter((milestone) => milestone.overdue));
}

/** The nearest readable Start field on the path; the milestone's own unreadable one is reported. */
function startOf(document: RoadmapDocument, milestone: Milestone, diagnostics: Diagnostic[]): string | null {
  for (let level = 0; level <= milestone.ancestors.length; level++) {
    const field = findField(level === 0 ? milestone.fields : milestone.ancestors[level - 1]!.fields, 'start');
    if (!field) continue;
    const date = parseDay(field.value);
    if (date) return date;
    if (level === 0) diagnostics.push(timelineWarning(document, field, `${field.key} "${field.value}" is not a date; write it as YYYY-MM-DD`));
  }
  return null;
}

/** Work starts on the Start date, else on the first day of a named period (`Q3 2026`), else on
 *  the document's anchor. */
function dates(
  resolution: Extract<Resolution, { kind: 'due' | 'open' }>,
  start: string | null,
  anchor: string | null,
  diagnostics: Diagnostic[],
): MilestoneDates {
  if (resolution.kind === 'open') return { due: null, start: start ?? anchor, diagnostics };
  return { due: resolution.date, start: start ?? resolution.from ?? anchor, diagnostics };
}

function timelineWarning(document: RoadmapDocument, field: Field, message: string): Diagnostic {
  return { file: document.file, line: field.line, column: field.column, severity: 'warning', rule: 'timeline', message };
}

function problem(field: Field, resolution: Resolution): string {
  if (resolution.kind === 'unanchored') {
    return (
      `${field.key} "${field.value}" counts from a start date, and there is none: ` +
      'give the milestone a Start field, or the document a Generated or Last Updated date'
    );
  }
  return `${field.key} "${field.value}" cannot be read as a date; write e.g. 2026-03-31, Q1 2026, March 2026, 4-6 weeks or Ongoing`;
}

/** How far ahead "due soon" looks: the terminal colours these yellow, the report lists them. */
export const DUE_SOON_DAYS = 14;

/** Days from `today` to the milestone's due date (negative once passed); null without one. */
export function daysLeft(milestone: Pick<ReportedMilestone, 'due'>, today: string): number | null {
  return milestone.due === null ? null : daysBetween(today, milestone.due);
}

/** Not done, not overdue, and due within DUE_SOON_DAYS of today (today included). */
export function isDueSoon(milestone: ReportedMilestone, today: string): boolean {
  const left = daysLeft(milestone, today);
  return left !== null && left >= 0 && left <= DUE_SOON_DAYS && milestone.done < milestone.total;
}
