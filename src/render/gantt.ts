/**
 * A mermaid `gantt` chart of a roadmap's dated milestones, for the markdown report: one section
 * per roadmap section, a bar from each milestone's start to its due date, tagged `done`, `active`
 * (under way) or `crit` (overdue). Returns the chart's source, without the code fence around it.
 */
import type { ReportedMilestone, RoadmapReport } from '../model/types.js';
import { addDays } from '../report/calendar.js';
import { neutralise } from './sanitize.js';

/** How long a bar is drawn when nothing says when work began (or it began on the due date). */
export const DEFAULT_SPAN_DAYS = 14;

/** The chart, or null when no milestone has a due date: an empty gantt chart is an error in mermaid. */
export function renderGantt(roadmap: RoadmapReport): string | null {
  const dated = roadmap.milestones.filter((milestone) => milestone.due !== null);
  if (dated.length === 0) return null;

  // Mermaid draws sections in the order they are first declared; tasks before any section line
  // belong to none, so milestones above the first section come first.
  const sections = new Map<string | null, ReportedMilestone[]>([[null, []]]);
  for (const milestone of dated) {
    const group = sections.get(milestone.section) ?? [];
    group.push(milestone);
    sections.set(milestone.section, group);
  }

  const lines = ['gantt', `    title ${escapeText(roadmap.title)}`, '    dateFormat YYYY-MM-DD'];
  for (const [section, milestones] of sections) {
    if (section !== null) lines.push(`    section ${escapeText(section)}`);
    for (const milestone of milestones) lines.push(`    ${taskLine(milestone)}`);
  }
  return lines.join('\n');
}

function taskLine(milestone: ReportedMilestone): string {
  const due = milestone.due!;
  const start = milestone.start !== null && milestone.start < due ? milestone.start : addDays(due, -DEFAULT_SPAN_DAYS) ?? due;
  const tags = [];
  if (milestone.total > 0 && milestone.done === milestone.total) tags.push('done');
  else if (milestone.done > 0) tags.push('active');
  if (milestone.overdue) tags.push('crit');
  return `${escapeTaskName(milestone.title) || 'untitled'} :${[...tags, start, due].join(', ')}`;
}

/**
 * Roadmap text made inert in a gantt line. `:` ends a task's name, `#` and `%` start comments and
 * `;` ends a statement, so each is written as mermaid's entity code (`#58;`), which mermaid draws
 * as the character itself. One pass, so an escaped `#` is never escaped again.
 */
export function escapeText(text: string): string {
  return neutralise(text)
    .trim()
    .replace(/[#:;%]/g, (char) => `#${char.charCodeAt(0)};`);
}

/**
 * Words that open a statement when a line starts with them (mermaid's gantt lexer is
 * case-insensitive and matches them as prefixes), and a date, which the lexer also takes first.
 */
const KEYWORD =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|section|click|href|call|vert|\d{4}-\d{2}-\d{2})/i;

/** A task's name starts its line, so a leading keyword has its first character escaped too. */
export function escapeTaskName(text: string): string {
  const escaped = escapeText(text);
  return KEYWORD.test(escaped) ? `#${escaped.charCodeAt(0)};${escaped.slice(1)}` : escaped;
}
