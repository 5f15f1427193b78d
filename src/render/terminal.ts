/**
 * The terminal view of `roadmap status`: a verdict per release, a bar per tier, milestones.
 * Laid out in display columns to the terminal's width (RenderContext.width): titles and task
 * texts are cut with `…`, and on a narrow terminal the milestone bar and date give way first.
 */
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import type { Blocker, Progress, RenderContext, Report, ReportedMilestone, RoadmapReport, Task, Tier } from '../model/types.js';
import { MARKER_EMOJI } from '../parse/markers.js';
import { daysLeft, isDueSoon, overdueMilestones } from '../report/due.js';
import { isComplete, percent } from '../report/progress.js';
import { progressBar } from './bar.js';
import { metricText } from './metric-text.js';
import { neutralise } from './sanitize.js';
import { NOT_JUDGED_DETAIL } from './verdict.js';
import { staleReviewText } from './time-warnings.js';
import { displayWidth, padEndWidth, truncateWidth, wrapWidth } from './width.js';

type Paint = (text: string) => string;

/**
 * The styles the view uses: colour says state, never decoration. Red is late or blocking, yellow
 * due within two weeks, green done; the rest is the terminal's own colour, so that the view reads
 * on dark and light backgrounds alike (no white, no grey text).
 */
interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  clear: Paint;
  blocked: Paint;
}

const plain: Paint = (text) => text;

const PLAIN: Palette = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, clear: plain, blocked: plain };

function palette(color: boolean): Palette {
  if (!color) return PLAIN;
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, clear: c.green.bold, blocked: c.red.bold };
}

/** The width laid out for when the context names none. */
export const DEFAULT_WIDTH = 80;

interface View {
  c: Palette;
  width: number;
  today: string;
  verbose: boolean;
}

/** Call `loadWidthTables(report)` first, so that text beyond ASCII is measured by its display width. */
export function renderTerminal(report: Report, context: RenderContext): string {
  const view: View = { c: palette(context.color), width: context.width ?? DEFAULT_WIDTH, today: report.today, verbose: context.verbose };
  const out: string[] = [];
  // Each roadmap joined at once: its lines, pieces of pieces, are dropped before the next is made.
  for (const roadmap of report.roadmaps) out.push(roadmapSection(roadmap, view).join('\n'), '');
  out.push(...summary(report, view));
  return out.join('\n');
}

function roadmapSection(roadmap: RoadmapReport, view: View): string[] {
  const { c, width } = view;
  const file = neutralise(roadmap.file);
  const title = truncateWidth(neutralise(roadmap.title), Math.max(12, width - displayWidth(file) - 2));
  const lines = [`${c.bold(title)}  ${c.dim(truncateWidth(file, width - displayWidth(title) - 2))}`];
  if (roadmap.release !== roadmap.title) lines.push(`  release ${truncateWidth(neutralise(roadmap.release), width - 10)}`);
  lines.push(...verdictLines(roadmap, view, '  '));
  if (roadmap.review && roadmap.review.overdueDays > 0) {
    for (const line of wrapWidth(`  ${staleReviewText(roadmap.review)}`, width, '    ')) lines.push(line.replace(/\S.*/, (text) => c.red(text)));
  }
  lines.push('');

  lines.push(...tierLines(roadmap, view));

  if (roadmap.milestones.length > 0) {
    lines.push('', `  ${c.bold('Milestones')}`);
    const layout = milestoneLayout(roadmap.milestones, view);
    for (const milestone of roadmap.milestones) {
      lines.push(milestoneLine(milestone, layout, view));
      if (view.verbose) for (const task of milestone.open) lines.push(taskLine(task, view));
    }
  }
  if (roadmap.blockers.length > 0) {
    lines.push('', `  ${c.bold('Blocking the release')}`);
    for (const blocker of roadmap.blockers) lines.push(`  ${blockerLine(blocker, width - 2, c)}`);
  }
  if (view.verbose && roadmap.metrics.length > 0) {
    lines.push('', `  ${c.bold('Success metrics')}`);
    for (const metric of roadmap.metrics) lines.push(`    ${truncateWidth(neutralise(metricText(metric)), width - 4)}`);
  }
  return lines;
}

// ── Tiers ───────────────────────────────────────────────────────────────────────────────────

/** `critical  ████░░░░   2/5   40%`, or `—` for a tier with no tasks. */
function tierLines(roadmap: RoadmapReport, view: View): string[] {
  const tiers = roadmap.tiers.filter((tier) => tier.total > 0 || tier.tier !== 'unprioritized');
  const label = Math.max(5, ...tiers.map((tier) => tier.tier.length));
  const blocking = new Set<Tier>(roadmap.blockers.map((blocker) => blocker.tier));
  const numbers = Math.max(...[...tiers, roadmap.totals].map((progress) => `${progress.done}/${progress.total}`.length));
  // Two spaces, the label, a space, the bar, a space, the numbers, two spaces and `100%`.
  const barWidth = Math.max(5, Math.min(20, view.width - (2 + label + 1 + 1 + numbers + 2 + 4)));
  const line = (name: string, progress: Progress, paint: Paint) => {
    if (progress.total === 0) return `  ${name.padEnd(label)} —`;
    const counts = `${progress.done}/${progress.total}`.padStart(numbers);
    return `  ${name.padEnd(label)} ${paint(progressBar(progress, barWidth))} ${counts}  ${`${percent(progress)}%`.padStart(4)}`;
  };
  const lines = tiers.map((tier) => line(tier.tier, tier, barPaint(tier, blocking.has(tier.tier), view.c)));
  lines.push(line('total', roadmap.totals, barPaint(roadmap.totals, roadmap.blocked, view.c)));
  return lines;
}

/** Red while it holds the release back, green once done, otherwise the terminal's colour. */
function barPaint(progress: Progress, blocking: boolean, c: Palette): Paint {
  if (blocking) return c.red;
  return isComplete(progress) ? c.green : plain;
}

// ── Milestones ──────────────────────────────────────────────────────────────────────────────

/** Which columns a milestone line has, and how wide each is, for the whole list. */
interface MilestoneLayout {
  marker: boolean;
  title: number;
  /** The tier column's width; 0 when it is dropped (the tier list above still shows tiers). */
  tier: number;
  count: number;
  bar: boolean;
  due: 'long' | 'short' | 'none';
  dueWidth: number;
  flags: boolean;
}

const BAR_WIDTH = 10;
/** A title column is never made narrower than this to keep a bar or a date. */
const MIN_TITLE = 20;
/** Nor narrower than this to keep the full date beside the relative one. */
const LONG_DATE_TITLE = 32;

/**
 * The fullest layout whose title column keeps enough of the titles: first with bar and full
 * date, then the short date (`12d late`), then without the bar, the date, and the tier.
 */
function milestoneLayout(milestones: readonly ReportedMilestone[], view: View): MilestoneLayout {
  const marker = milestones.some((milestone) => milestone.marker !== null);
  const titles = Math.max(...milestones.map((milestone) => displayWidth(neutralise(milestone.title))));
  const tier = Math.max(...milestones.map((milestone) => milestone.tier.length));
  const count = Math.max(...milestones.map((milestone) => `${milestone.done}/${milestone.total}`.length));
  // `blocking` is shown only while there is work left: a done milestone holds nothing back.
  const flags = milestones.some((milestone) => milestone.blocking && !isComplete(milestone));
  const dueWidth = (form: 'long' | 'short') => Math.max(0, ...milestones.map((milestone) => dueText(milestone, form, view.today).length));
  // Each layout is taken when the title column keeps this much of the titles: the full date is
  // worth less than a readable title, the bar more than a few characters of one.
  const options: Array<Pick<MilestoneLayout, 'bar' | 'due'> & { tier: boolean; keep: number }> = [
    { bar: true, due: 'long', tier: true, keep: LONG_DATE_TITLE },
    { bar: true, due: 'short', tier: true, keep: MIN_TITLE },
    { bar: false, due: 'short', tier: true, keep: MIN_TITLE },
    { bar: false, due: 'none', tier: true, keep: MIN_TITLE },
    { bar: false, due: 'none', tier: false, keep: 0 },
  ];
  let layout: MilestoneLayout | undefined;
  for (const option of options) {
    const due = option.due === 'none' ? 0 : dueWidth(option.due);
    const tierWidth = option.tier ? tier : 0;
    // Indent, state and space, marker and space, title, then each column after its spaces.
    const fixed =
      2 + 2 + (marker ? 3 : 0) + (tierWidth > 0 ? 2 + tierWidth : 0) + 1 + count + (option.bar ? 2 + BAR_WIDTH : 0) + (due > 0 ? 2 + due : 0) + (flags ? 2 + 8 : 0);
    const room = view.width - fixed;
    layout = { marker, count, flags, bar: option.bar, due: option.due, tier: tierWidth, dueWidth: due, title: Math.max(4, Math.min(titles, room)) };
    if (room >= Math.min(titles, option.keep)) break;
  }
  return layout!;
}

function milestoneLine(milestone: ReportedMilestone, layout: MilestoneLayout, view: View): string {
  const { c } = view;
  const done = isComplete(milestone);
  const state = done ? c.green('✔') : milestone.total === 0 ? '·' : '○';
  // The file's own marker beside the computed state: "marked 🟢, 12d late" shows at a glance.
  const marker = layout.marker ? `${milestone.marker === null ? '  ' : MARKER_EMOJI[milestone.marker]} ` : '';
  const title = padEndWidth(truncateWidth(neutralise(milestone.title), layout.title), layout.title);
  const count = `${milestone.done}/${milestone.total}`.padStart(layout.count);
  const paint = milestonePaint(milestone, view);
  const tier = layout.tier > 0 ? `  ${milestone.tier.padEnd(layout.tier)}` : '';
  let line = `  ${state} ${marker}${title}${tier} ${count}`;
  // A milestone with no tasks has no progress to draw.
  if (layout.bar) line += `  ${milestone.total === 0 ? '—'.padEnd(BAR_WIDTH) : paint(progressBar(milestone, BAR_WIDTH))}`;
  // Columns are padded only when another follows, so that no line ends in spaces.
  const tail: string[] = [];
  if (layout.due !== 'none') tail.push(dueText(milestone, layout.due, view.today));
  if (layout.flags) tail.push(milestone.blocking && !done ? 'blocking' : '');
  while (tail.length > 0 && tail[tail.length - 1] === '') tail.pop();
  const duePaint = milestone.overdue ? c.red : isDueSoon(milestone, view.today) ? c.yellow : plain;
  tail.forEach((text, index) => {
    const padded = index < tail.length - 1 ? text.padEnd(layout.dueWidth) : text;
    line += `  ${text === 'blocking' ? c.red(padded) : duePaint(padded)}`;
  });
  // The empty bar of a milestone without tasks is padded; nothing may end a line in spaces.
  return line.trimEnd();
}

/** Red when overdue or holding the release back, yellow when due within two weeks, green when done. */
function milestonePaint(milestone: ReportedMilestone, view: View): Paint {
  if (isComplete(milestone)) return view.c.green;
  if (milestone.overdue || milestone.blocking) return view.c.red;
  return isDueSoon(milestone, view.today) ? view.c.yellow : plain;
}

/**
 * `2025-11-04  395d late`, `2026-12-20  in 16d`, `2026-12-04  today`; short, the relative part
 * alone. A done milestone shows its date only in the long form.
 */
function dueText(milestone: ReportedMilestone, form: 'long' | 'short', today: string): string {
  const left = daysLeft(milestone, today);
  if (left === null) return '';
  const done = isComplete(milestone);
  const relative = done ? '' : left < 0 ? `${-left}d late` : left === 0 ? 'today' : `in ${left}d`;
  if (form === 'short') return relative;
  return relative === '' ? milestone.due! : `${milestone.due}  ${relative}`;
}

/** An open task under its milestone, indented by how deep it is nested (`--verbose`). */
function taskLine(task: Task, view: View): string {
  const indent = `      ${'  '.repeat(task.depth ?? 0)}`;
  const where = `:${task.line}`;
  const text = truncateWidth(neutralise(task.text), view.width - indent.length - 4 - where.length - 1);
  return `${indent}${view.c.dim('[ ]')} ${text} ${view.c.dim(where)}`;
}

/**
 * `file:line:column  text  (milestone, tier)`. The place is never cut; the milestone goes first
 * when the line is too wide, then the task's text is cut to fit.
 */
export function blockerLine(blocker: Blocker, width: number, c: Pick<Palette, 'dim'>): string {
  const where = `${neutralise(blocker.file)}:${blocker.line}:${blocker.column}`;
  const text = neutralise(blocker.text);
  const about = `(${neutralise(blocker.milestone)}, ${blocker.tier})`;
  if (displayWidth(`${where}  ${text}  ${about}`) <= width) return `${c.dim(where)}  ${text}  ${c.dim(about)}`;
  return `${c.dim(where)}  ${truncateWidth(text, Math.max(10, width - displayWidth(where) - 2))}`;
}

// ── Verdicts ────────────────────────────────────────────────────────────────────────────────

/** The verdict, wrapped to the width under its first word. */
function verdictLines(
  judgement: { blocked: boolean; judged: boolean; blockers: readonly unknown[] },
  view: View,
  indent: string,
  after = '',
): string[] {
  const { word, detail } = verdictWords(judgement);
  const paint = word === 'CLEAR' ? view.c.clear : view.c.blocked;
  const [first, ...rest] = wrapWidth(`${indent}${word}  ${detail}${after}`, view.width, `${indent}${' '.repeat(word.length + 2)}`);
  return [`${indent}${paint(word)}${first!.slice(indent.length + word.length)}`, ...rest];
}

function verdictWords(judgement: { blocked: boolean; judged: boolean; blockers: readonly unknown[] }): { word: string; detail: string } {
  const blockers = judgement.blockers.length;
  if (judgement.blocked) {
    const line = `${blockers} open task${blockers === 1 ? '' : 's'} block${blockers === 1 ? 's' : ''} the release`;
    return { word: 'BLOCKED', detail: judgement.judged ? line : `${line}; a file could not be fully read` };
  }
  if (!judgement.judged) return { word: 'NOT JUDGED', detail: NOT_JUDGED_DETAIL };
  return { word: 'CLEAR', detail: 'nothing blocks the release' };
}

function summary(report: Report, view: View): string[] {
  const { c } = view;
  const lines: string[] = [];
  if (report.releases.length > 1) {
    for (const release of report.releases) lines.push(...verdictLines(release, view, '', `  ${neutralise(release.name)}`));
  }
  const files = report.roadmaps.length;
  const overdue = overdueMilestones(report).length;
  const state = report.blocked ? c.red('blocked') : report.judged ? c.green('clear') : c.red('not judged');
  const parts = [
    `${files} file${files === 1 ? '' : 's'},`,
    `${report.totals.done}/${report.totals.total} tasks done (${percent(report.totals)}%),`,
    overdue > 0 ? `${state},` : state,
    ...(overdue > 0 ? [c.red(`${overdue} milestone${overdue === 1 ? '' : 's'} overdue`)] : []),
  ];
  // Wrapped between its parts, each measured without its colour.
  let line = '';
  let used = 0;
  for (const part of parts) {
    const cells = displayWidth(stripVTControlCharacters(part));
    if (line !== '' && used + 1 + cells > view.width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += line === '' ? part : ` ${part}`;
    used += (used === 0 ? 0 : 1) + cells;
  }
  lines.push(line);
  return lines;
}
