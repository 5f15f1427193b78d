/**
 * The markdown progress report of `roadmap report`: built as an mdast tree, serialised by
 * remark-stringify with GFM tables. Never assembled from strings of markdown, so roadmap text
 * stays text (see mdast.ts).
 *
 * The report is a list of sections, each a function of the report; a new part of the report
 * (a chart, metrics) is one more entry in SECTIONS.
 */
import type { List, Root, RootContent } from 'mdast';
import { TIERS } from '../model/tier.js';
import type {
  Blocker,
  Diagnostic,
  LinkBase,
  Progress,
  ReleaseVerdict,
  RenderContext,
  Report,
  ReportedMilestone,
  RoadmapReport,
  Tier,
} from '../model/types.js';
import { addDays } from '../report/calendar.js';
import { DUE_SOON_DAYS, daysLeft, isDueSoon } from '../report/due.js';
import { percent } from '../report/progress.js';
import { progressBar } from './bar.js';
import { renderGantt } from './gantt.js';
import { historySection } from './history-markdown.js';
import { type Cell, code, type Column, emphasis, type Inline, heading, link, list, paragraph, stringifyMarkdown, strong, table } from './mdast.js';
import { targetText } from './metric-text.js';
import { sourceHref } from './source-link.js';
import { capitalise, plural } from './text.js';
import { NOT_JUDGED_DETAIL } from './verdict.js';
import { staleReviewText } from './time-warnings.js';

/** One part of the report: mdast blocks, in reading order. */
export type MarkdownSection = (report: Report, context: RenderContext) => RootContent[];

export const SECTIONS: readonly MarkdownSection[] = [
  titleSection,
  verdictSection,
  dueSoonSection,
  tierSection,
  releaseSections,
  timelineSection,
  historySection,
  metricsSection,
  diagnosticSection,
];

/** The report's first heading; `report -o` overwrites a file among the inputs only when it begins so. */
export const REPORT_TITLE = 'Roadmap report';

export function markdownTree(report: Report, context: RenderContext, sections = SECTIONS): Root {
  return { type: 'root', children: sections.flatMap((section) => section(report, context)) };
}

export function renderMarkdown(report: Report, context: RenderContext): string {
  return stringifyMarkdown(markdownTree(report, context));
}

function titleSection(report: Report): RootContent[] {
  const files = report.roadmaps.length;
  return [
    heading(1, REPORT_TITLE),
    paragraph(
      `As of ${report.today}: ${report.totals.done} of ${report.totals.total} tasks done ` +
        `(${percent(report.totals)}%) in ${files} roadmap file${files === 1 ? '' : 's'}.`,
    ),
  ];
}

/**
 * A row per release at the top: verdict, progress, what blocks it, how much is late, what is due
 * next and when the roadmap is to be reviewed.
 */
function verdictSection(report: Report, context: RenderContext): RootContent[] {
  const level = report.failOn === 'critical' ? 'the critical tier' : `the ${report.failOn} tier or above`;
  const rows = report.releases.map((release) => {
    const roadmaps = report.roadmaps.filter((roadmap) => roadmap.release === release.name);
    const milestones = roadmaps.flatMap((roadmap) => roadmap.milestones);
    const overdue = milestones.filter((milestone) => milestone.overdue).length;
    return [
      strong(release.name),
      verdictWord(release),
      `${release.totals.done}/${release.totals.total} (${percent(release.totals)}%)`,
      release.blockers.length === 0 ? '0' : `${release.blockers.length} (${countByTier(release.blockers)})`,
      overdue === 0 ? '0' : strong(plural(overdue, 'milestone')),
      nextDue(milestones, report.today, context.links),
      reviewState(roadmaps),
    ];
  });
  const unjudged = report.releases.some((release) => !release.judged);
  return [
    heading(2, 'Verdict'),
    table(VERDICT_COLUMNS, rows),
    ...(unjudged ? [paragraph(strong('Not judged'), `: ${NOT_JUDGED_DETAIL}.`)] : []),
    paragraph(
      `Open tasks in ${level}, and those under a heading or Status that says blocking, block their release.`,
    ),
  ];
}

const VERDICT_COLUMNS: Column[] = ['Release', 'Verdict', 'Done', 'Blockers', 'Overdue', 'Next due', 'Review'].map((title) => ({
  title,
  align: 'left',
}));

function verdictWord(release: ReleaseVerdict): Inline {
  if (release.blocked) return strong('blocked');
  return release.judged ? 'clear' : strong('not judged');
}

/** The nearest due date still ahead (today included) of a milestone with work left. */
function nextDue(milestones: readonly ReportedMilestone[], today: string, base: LinkBase | undefined): Cell {
  let next: ReportedMilestone | null = null;
  for (const milestone of milestones) {
    if (milestone.due === null || milestone.due < today || milestone.done === milestone.total) continue;
    if (next === null || milestone.due < next.due!) next = milestone;
  }
  if (next === null) return '—';
  return [link(sourceHref(next.file, next.line, base), next.title), `, ${next.due} (${inDays(daysLeft(next, today)!)})`];
}

/** `in 16 days`, `today`. */
function inDays(days: number): string {
  return days === 0 ? 'today' : `in ${plural(days, 'day')}`;
}

/** The most pressing review of the release's roadmaps: an overdue one first, else the next. */
function reviewState(roadmaps: readonly RoadmapReport[]): Inline {
  const reviews = roadmaps.map((roadmap) => roadmap.review).filter((review) => review !== null);
  if (reviews.length === 0) return '—';
  const first = reviews.reduce((a, b) => (b.next < a.next ? b : a));
  return first.overdueDays > 0 ? strong(`overdue by ${plural(first.overdueDays, 'day')}`) : `next ${first.next}`;
}

/** Milestones with work left that fall due within DUE_SOON_DAYS, soonest first. */
function dueSoonSection(report: Report, context: RenderContext): RootContent[] {
  const soon = report.roadmaps
    .flatMap((roadmap) => roadmap.milestones)
    .filter((milestone) => isDueSoon(milestone, report.today))
    .sort((a, b) => a.due!.localeCompare(b.due!) || a.file.localeCompare(b.file) || a.line - b.line);
  const title = heading(2, `Due in the next ${DUE_SOON_DAYS} days`);
  if (soon.length === 0) return [title, paragraph(`Nothing is due between ${report.today} and ${addDays(report.today, DUE_SOON_DAYS) ?? report.today}.`)];
  return [
    title,
    list(
      soon.map((milestone) => ({
        content: [
          link(sourceHref(milestone.file, milestone.line, context.links), milestone.title),
          ` — due ${milestone.due} (${inDays(daysLeft(milestone, report.today)!)}), ${milestone.done}/${milestone.total} done, ${milestone.tier}`,
        ],
      })),
    ),
  ];
}

/** `5 critical`, `3 critical, 1 low`: how many blockers in each tier, highest first. */
function countByTier(blockers: readonly Blocker[]): string {
  return TIERS.map((tier) => [tier, blockers.filter((blocker) => blocker.tier === tier).length] as const)
    .filter(([, count]) => count > 0)
    .map(([tier, count]) => `${count} ${tier}`)
    .join(', ');
}

/** The columns `numbers` fills, after the name of what they count. */
const PROGRESS_COLUMNS: Column[] = [
  { title: 'Done', align: 'right' },
  { title: 'Total', align: 'right' },
  { title: '%', align: 'right' },
  { title: 'Progress', align: 'left' },
];

const TIER_COLUMNS: Column[] = [{ title: 'Tier', align: 'left' }, ...PROGRESS_COLUMNS];

function tierSection(report: Report): RootContent[] {
  // Like the terminal view, an empty unprioritized tier is noise: every other tier is always shown.
  const tiers = report.tiers.filter((tier) => tier.total > 0 || tier.tier !== 'unprioritized');
  const rows: Inline[][] = tiers.map((tier) => [tier.tier, ...numbers(tier, 20)]);
  rows.push([strong('total'), ...numbers(report.totals, 20)]);
  return [heading(2, 'Progress by tier'), table(TIER_COLUMNS, rows)];
}

/** Done, total, percentage and bar; nothing to count is `—`, not `0%`. */
function numbers(progress: Progress, width: number): string[] {
  if (progress.total === 0) return ['0', '0', '—', ''];
  return [String(progress.done), String(progress.total), `${percent(progress)}%`, progressBar(progress, width)];
}

const MILESTONE_COLUMNS: Column[] = [{ title: 'Milestone', align: 'left' }, { title: 'Tier', align: 'left' }, ...PROGRESS_COLUMNS];

/** With a Due column, for releases where some milestone has a due date. */
const DATED_MILESTONE_COLUMNS: Column[] = [...MILESTONE_COLUMNS.slice(0, 2), { title: 'Due', align: 'left' }, ...PROGRESS_COLUMNS];

/** Per release: its files, its milestones, what blocks it and, with --verbose, every open task. */
function releaseSections(report: Report, context: RenderContext): RootContent[] {
  const base = context.links;
  return report.releases.flatMap((release) => {
    const roadmaps = report.roadmaps.filter((roadmap) => roadmap.release === release.name);
    const milestones = roadmaps.flatMap((roadmap) => roadmap.milestones);
    const files = release.files.flatMap((file, index) => [...(index > 0 ? [', '] : []), link(sourceHref(file, null, base), file)]);
    const blocks: RootContent[] = [
      heading(2, release.name),
      paragraph(
        `${release.totals.done} of ${release.totals.total} tasks done (${percent(release.totals)}%), from `,
        ...files,
        '.',
      ),
      ...roadmaps.flatMap((roadmap) => staleReview(roadmap, base)),
    ];
    // A Due column only where there is a date to put in it.
    const dated = milestones.some((milestone) => milestone.due !== null);
    blocks.push(
      milestones.length === 0
        ? paragraph('No milestones.')
        : table(
            dated ? DATED_MILESTONE_COLUMNS : MILESTONE_COLUMNS,
            milestones.map((milestone) => [
              link(sourceHref(milestone.file, milestone.line, base), milestone.title),
              milestone.blocking ? `${milestone.tier}, blocking` : milestone.tier,
              ...(dated ? [dueCell(milestone, report.today)] : []),
              ...numbers(milestone, 10),
            ]),
          ),
    );
    if (release.blockers.length > 0) {
      const shown = release.blockers.slice(0, LIST_LIMIT);
      blocks.push(
        heading(3, 'Blocking the release'),
        list(shown.map((blocker) => ({ content: taskLine(blocker, blocker.milestone, blocker.tier, base) }))),
        ...moreThanShown(release.blockers.length - shown.length, 'blocking tasks'),
      );
    }
    if (context.verbose) for (const block of openTasks(milestones, base)) blocks.push(block);
    return blocks;
  });
}

/** `**2025-11-04 (395 days late)**` stands out in a column of dates; no date, an empty cell. */
function dueCell(milestone: ReportedMilestone, today: string): Inline {
  if (milestone.due === null) return '';
  return milestone.overdue ? strong(`${milestone.due} (${plural(-daysLeft(milestone, today)!, 'day')} late)`) : milestone.due;
}

/** `**Review overdue by 358 days (was due 2025-12-04)**, see roadmap/vnext.md:150.` once it has passed. */
function staleReview(roadmap: RoadmapReport, base: LinkBase | undefined): RootContent[] {
  const review = roadmap.review;
  if (review === null || review.overdueDays === 0) return [];
  const text = staleReviewText(review);
  return [
    paragraph(
      strong(capitalise(text)),
      ', see ',
      link(sourceHref(roadmap.file, review.line, base), `${roadmap.file}:${review.line}`),
      '.',
    ),
  ];
}

function openTasks(milestones: readonly ReportedMilestone[], base: LinkBase | undefined): RootContent[] {
  const withOpen = milestones.filter((milestone) => milestone.open.length > 0);
  if (withOpen.length === 0) return [];
  let room = LIST_LIMIT;
  let left = 0;
  const items: Array<{ content: Inline[]; children: List }> = [];
  for (const milestone of withOpen) {
    const shown = milestone.open.slice(0, room);
    room -= shown.length;
    left += milestone.open.length - shown.length;
    if (shown.length === 0) continue;
    items.push({
      content: [link(sourceHref(milestone.file, milestone.line, base), milestone.title)],
      children: list(shown.map((task) => ({ content: taskLine({ ...task, file: milestone.file }, null, null, base) }))),
    });
  }
  return [heading(3, 'Open tasks'), list(items), ...moreThanShown(left, 'open tasks')];
}

/**
 * Lists of tasks stop at this many per release. A report is read and pasted (a job summary holds
 * 1 MiB, a comment 65,536 characters); past this it is no longer read. `roadmap check` names
 * every blocking task and `status --json` every open one.
 */
export const LIST_LIMIT = 1000;

function moreThanShown(left: number, what: 'blocking tasks' | 'open tasks'): RootContent[] {
  if (left <= 0) return [];
  const command = what === 'blocking tasks' ? 'roadmap check' : 'roadmap status --json';
  return [paragraph(`…and ${left} more ${what}, not listed here: `, { type: 'inlineCode', value: command }, ' names every one.')];
}

/** `[file:16](file#L16) text — _milestone_, tier`: where an open task is, and what it is. */
function taskLine(
  task: { file: string; line: number; text: string },
  milestone: string | null,
  tier: Tier | null,
  base: LinkBase | undefined,
): Inline[] {
  const line = [link(sourceHref(task.file, task.line, base), `${task.file}:${task.line}`), ` ${task.text}`];
  if (milestone === null || tier === null) return line;
  return [...line, ' — ', emphasis(milestone), `, ${tier}`];
}

/**
 * A mermaid gantt chart per roadmap with dated milestones, which GitHub and GitLab draw in place
 * of the code block. renderGantt tags each bar `done` or `crit` (overdue) and names how far along it is.
 */
function timelineSection(report: Report): RootContent[] {
  const charts = report.roadmaps.flatMap((roadmap) => {
    const chart = renderGantt(roadmap, report.today);
    return chart === null ? [] : [{ roadmap, blocks: [code('mermaid', chart)] }];
  });
  if (charts.length === 0) return [];
  return [
    heading(2, 'Timeline'),
    paragraph(
      `Each bar ends on its milestone's due date; overdue milestones are red and say how late they are, finished ones grey. ` +
        `The marker is ${report.today}, the day of this report.`,
    ),
    ...perRoadmap(charts),
  ];
}

const METRIC_COLUMNS: Column[] = [
  { title: 'Metric', align: 'left' },
  { title: 'Measure', align: 'left' },
  { title: 'Target', align: 'left' },
];

/** The success metrics as written: `Reliability | Uptime | > 99.9%`. They carry no progress. */
function metricsSection(report: Report): RootContent[] {
  const tables = report.roadmaps
    .filter((roadmap) => roadmap.metrics.length > 0)
    .map((roadmap) => ({
      roadmap,
      blocks: [table(METRIC_COLUMNS, roadmap.metrics.map((metric) => [metric.name, metric.label ?? '', targetText(metric)]))],
    }));
  if (tables.length === 0) return [];
  return [heading(2, 'Success metrics'), ...perRoadmap(tables)];
}

/** Blocks of several roadmaps, each under its title; one roadmap's need no heading of their own. */
function perRoadmap(parts: ReadonlyArray<{ roadmap: RoadmapReport; blocks: RootContent[] }>): RootContent[] {
  if (parts.length === 1) return parts[0]!.blocks;
  return parts.flatMap(({ roadmap, blocks }) => [heading(3, roadmap.title), ...blocks]);
}

function diagnosticSection(report: Report, context: RenderContext): RootContent[] {
  if (report.diagnostics.length === 0) return [];
  const base = context.links;
  return [
    heading(2, 'Diagnostics'),
    list(report.diagnostics.map((diagnostic) => ({ content: diagnosticLine(diagnostic, base) }))),
  ];
}

function diagnosticLine(diagnostic: Diagnostic, base: LinkBase | undefined): Inline[] {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  return [
    link(sourceHref(diagnostic.file, diagnostic.line, base), where),
    ` ${diagnostic.severity}: ${diagnostic.message} (${diagnostic.rule})`,
  ];
}
