/**
 * A mermaid `gantt` chart of a roadmap's dated milestones, for the markdown report: one section
 * per roadmap section, a bar from each milestone's start to its due date, tagged `done` or `crit`
 * (overdue, its name saying how late; work under way says how far along), and a marker on the
 * report's own day: mermaid's today marker follows the viewer's clock, which moves on under a
 * committed report. Returns the chart's source, without the code fence around it.
 */
import type { ReportedMilestone, RoadmapReport } from '../model/types.js';
import { addDays, daysBetween } from '../report/calendar.js';
import { isComplete, percent } from '../report/progress.js';
import { neutralise } from './sanitize.js';
import { clip } from './text.js';
import { wrapWidth } from './width.js';

/** How long a bar is drawn when nothing says when work began (or it began on the due date). */
export const DEFAULT_SPAN_DAYS = 14;

/**
 * Section names are drawn left of the bars, in a margin sized to the longest line: a long name is
 * broken over lines of this many characters (mermaid breaks section names at `<br>`), at most
 * SECTION_LINES of them.
 */
const SECTION_LINE = 22;
const SECTION_LINES = 3;

/** The chart, or null when no milestone has a due date: an empty gantt chart is an error in mermaid. */
export function renderGantt(roadmap: RoadmapReport, today: string): string | null {
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
  const names = [...sections.keys()].filter((name) => name !== null).map((name) => sectionName(name));
  const longest = Math.max(0, ...names.flatMap((name) => name.split('<br>')).map((line) => line.replace(/#\d+;/g, '_').length));
  const bars = dated.map((milestone) => ({ milestone, start: startOf(milestone) }));
  const { axisFormat, tickInterval } = axis(
    bars.reduce((first, bar) => (bar.start < first ? bar.start : first), today),
    bars.reduce((last, bar) => (bar.milestone.due! > last ? bar.milestone.due! : last), today),
  );

  const lines = [
    `%%{init: ${JSON.stringify({ gantt: { leftPadding: leftPadding(longest) } })}}%%`,
    'gantt',
    `    title ${escapeText(roadmap.title)}`,
    '    dateFormat YYYY-MM-DD',
    `    axisFormat ${axisFormat}`,
    `    tickInterval ${tickInterval}`,
    '    todayMarker off',
    `    Today ${today} :milestone, ${today}, 0d`,
  ];
  const startOfBar = new Map(bars.map((bar) => [bar.milestone, bar.start]));
  for (const [section, milestones] of sections) {
    if (section !== null) lines.push(`    section ${sectionName(section)}`);
    for (const milestone of milestones) lines.push(`    ${taskLine(milestone, startOfBar.get(milestone)!, today)}`);
  }
  return lines.join('\n');
}

function startOf(milestone: ReportedMilestone): string {
  const due = milestone.due!;
  return milestone.start !== null && milestone.start < due ? milestone.start : (addDays(due, -DEFAULT_SPAN_DAYS) ?? due);
}

function taskLine(milestone: ReportedMilestone, start: string, today: string): string {
  const due = milestone.due!;
  const done = isComplete(milestone);
  // Overdue is red whether work began or not. Work under way is said in the name, not with
  // mermaid's `active`: its dark theme draws an active bar's name outside the bar in black.
  const tags = done ? ['done'] : milestone.overdue ? ['crit'] : [];
  const notes = [];
  if (!done && milestone.done > 0) notes.push(`${percent(milestone)}% done`);
  if (milestone.overdue) notes.push(`${daysBetween(due, today)}d late`);
  const name = escapeTaskName(milestone.title) || 'untitled';
  const suffix = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return `${name}${suffix} :${[...tags, start, due].join(', ')}`;
}

/** The name in lines of SECTION_LINE characters, each escaped, joined by `<br>`. */
function sectionName(section: string): string {
  // Counted in characters: a chart's font is not a terminal's grid.
  const lines = wrapWidth(neutralise(section).trim(), SECTION_LINE, '', (text) => Array.from(text).length);
  if (lines.length > SECTION_LINES) lines.splice(SECTION_LINES - 1, Infinity, clip(lines.slice(SECTION_LINES - 1).join(' '), SECTION_LINE));
  return lines.map(escapeText).join('<br>') || 'untitled';
}

/**
 * The margin left of the bars, in pixels, wide enough for the longest line of a section name at
 * mermaid's 11px section font: about 7px a character, and mermaid's own 75 at least.
 */
function leftPadding(longest: number): number {
  return Math.max(75, 20 + longest * 7);
}

/** Tick spacings mermaid takes, with their length in days, finest first. */
const TICKS: ReadonlyArray<readonly [string, number]> = [
  ['1day', 1],
  ['2day', 2],
  ['1week', 7],
  ['2week', 14],
  ['1month', 30],
  ['2month', 61],
  ['3month', 91],
  ['6month', 182],
  ['12month', 365],
];

/** The most ticks a chart of GitHub's width holds with labels that do not overlap. */
const MAX_TICKS = 10;

/**
 * Labels that never overlap: the finest spacing with at most MAX_TICKS ticks, written `%d %b`
 * (`04 Dec`) over half a year or less and `%b %Y` (`Dec 2026`) beyond.
 */
export function axis(first: string, last: string): { axisFormat: string; tickInterval: string } {
  const span = Math.max(1, daysBetween(first, last));
  const [tickInterval] = TICKS.find(([, days]) => span / days <= MAX_TICKS) ?? TICKS[TICKS.length - 1]!;
  return { axisFormat: span > 183 ? '%b %Y' : '%d %b', tickInterval };
}

/**
 * Roadmap text made inert in a gantt line. `:` ends a task's name, `#` and `%` start comments and
 * `;` ends a statement, and `<` `>` would let a name write markup such as the `<br>` that breaks
 * lines, so each is written as mermaid's entity code (`#58;`), which mermaid draws as the
 * character itself. One pass, so an escaped `#` is never escaped again.
 */
export function escapeText(text: string): string {
  return neutralise(text)
    .trim()
    .replace(/[#:;%<>]/g, (char) => `#${char.charCodeAt(0)};`);
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
