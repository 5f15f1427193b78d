/** The terminal view of `roadmap status`: a verdict per release, a bar per tier, milestones. */
import { Chalk } from 'chalk';
import { TIERS } from '../model/tier.js';
import type { Blocker, Progress, RenderContext, Report, ReportedMilestone, RoadmapReport, Tier } from '../model/types.js';
import { overdueMilestones } from '../report/due.js';
import { percent } from '../report/progress.js';
import { progressBar } from './bar.js';
import { metricText } from './metric-text.js';
import { neutralise } from './sanitize.js';
import { NOT_JUDGED_DETAIL } from './verdict.js';
import { staleReviewText } from './time-warnings.js';

type Paint = (text: string) => string;

/** The styles the view uses. Without colour each is the text itself, as chalk at level 0 gives
 *  it, without a call through chalk's builders for every piece of every line. */
interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  clear: Paint;
  blocked: Paint;
  tier: Record<Tier, Paint>;
}

const plain: Paint = (text) => text;

const PLAIN: Palette = {
  bold: plain,
  dim: plain,
  red: plain,
  green: plain,
  clear: plain,
  blocked: plain,
  tier: { critical: plain, high: plain, medium: plain, low: plain, unprioritized: plain },
};

function palette(color: boolean): Palette {
  if (!color) return PLAIN;
  const c = new Chalk({ level: 1 });
  return {
    bold: c.bold,
    dim: c.dim,
    red: c.red,
    green: c.green,
    clear: c.green.bold,
    blocked: c.red.bold,
    tier: { critical: c.red, high: c.yellow, medium: c.blue, low: c.gray, unprioritized: c.white },
  };
}

/** Tier names in their column, made once. */
const TIER_LABEL = Object.fromEntries(TIERS.map((tier) => [tier, tier.padEnd(13)])) as Record<Tier, string>;

export function renderTerminal(report: Report, context: RenderContext): string {
  const c = palette(context.color);
  const out: string[] = [];
  // Each roadmap joined at once: its lines, pieces of pieces, are dropped before the next is made.
  for (const roadmap of report.roadmaps) out.push(roadmapSection(roadmap, c, context).join('\n'), '');
  out.push(...summary(report, c));
  return out.join('\n');
}

function roadmapSection(roadmap: RoadmapReport, c: Palette, context: RenderContext): string[] {
  const lines = [`${c.bold(neutralise(roadmap.title))}  ${c.dim(neutralise(roadmap.file))}`];
  if (roadmap.release !== roadmap.title) lines.push(`  release ${neutralise(roadmap.release)}`);
  lines.push(`  ${verdict(roadmap, c)}`);
  if (roadmap.review && roadmap.review.overdueDays > 0) lines.push(`  ${c.red(staleReviewText(roadmap.review))}`);
  lines.push('');

  for (const tier of roadmap.tiers) {
    if (tier.total === 0 && tier.tier === 'unprioritized') continue;
    lines.push(`  ${c.tier[tier.tier](TIER_LABEL[tier.tier])} ${bar(tier, c)}`);
  }
  lines.push(`  ${'total'.padEnd(13)} ${bar(roadmap.totals, c)}`);

  if (roadmap.milestones.length > 0) {
    lines.push('', `  ${c.bold('Milestones')}`);
    const width = Math.min(40, roadmap.milestones.reduce((widest, m) => Math.max(widest, neutralise(m.title).length), 0));
    const dated = roadmap.milestones.some((m) => m.due !== null);
    for (const milestone of roadmap.milestones) {
      lines.push(milestoneLine(milestone, width, dated, c));
      if (context.verbose) {
        for (const task of milestone.open) lines.push(`      ${c.dim('[ ]')} ${neutralise(task.text)} ${c.dim(`:${task.line}`)}`);
      }
    }
  }
  if (roadmap.blockers.length > 0) {
    lines.push('', `  ${c.bold('Blocking the release')}`);
    for (const blocker of roadmap.blockers) lines.push(`  ${blockerLine(blocker, c)}`);
  }
  if (context.verbose && roadmap.metrics.length > 0) {
    lines.push('', `  ${c.bold('Success metrics')}`);
    for (const metric of roadmap.metrics) lines.push(`    ${neutralise(metricText(metric))}`);
  }
  return lines;
}

function milestoneLine(milestone: ReportedMilestone, width: number, dated: boolean, c: Palette): string {
  const done = milestone.total > 0 && milestone.done === milestone.total;
  const mark = done ? c.green('✔') : milestone.total === 0 ? c.dim('·') : c.dim('○');
  const title = truncate(neutralise(milestone.title), width).padEnd(width);
  const tier = c.tier[milestone.tier](TIER_LABEL[milestone.tier]);
  const count = `${milestone.done}/${milestone.total}`.padStart(7);
  const flags = milestone.blocking ? `  ${c.red('blocking')}` : '';
  // The due column is padded only when a flag follows it, so that no line ends in spaces.
  const due = dueText(milestone, c, dated && flags !== '' ? DUE_WIDTH : 0);
  return `  ${mark} ${title}  ${tier} ${count}  ${progressBar(milestone, 10)}${due}${flags}`;
}

/** The width of `overdue since YYYY-MM-DD`. */
const DUE_WIDTH = 24;

function dueText(milestone: ReportedMilestone, c: Palette, width: number): string {
  if (milestone.due === null) return width > 0 ? `  ${''.padEnd(width)}` : '';
  const text = milestone.overdue ? `overdue since ${milestone.due}` : `due ${milestone.due}`;
  const padding = ''.padEnd(Math.max(0, width - text.length));
  return `  ${milestone.overdue ? c.red(text) : c.dim(text)}${padding}`;
}

function blockerLine(blocker: Blocker, c: Palette): string {
  const where = c.dim(`${neutralise(blocker.file)}:${blocker.line}:${blocker.column}`);
  return `${where}  ${neutralise(blocker.text)}  ${c.dim(`(${neutralise(blocker.milestone)}, ${blocker.tier})`)}`;
}

function bar(progress: Progress, c: Palette): string {
  const numbers = `${progress.done}/${progress.total}`.padStart(7);
  return `${c.green(progressBar(progress))} ${numbers}  ${String(percent(progress)).padStart(3)}%`;
}

function verdict(judgement: { blocked: boolean; judged: boolean; blockers: readonly unknown[] }, c: Palette): string {
  const blockers = judgement.blockers.length;
  if (judgement.blocked) {
    const line = `${c.blocked('BLOCKED')}  ${blockers} open task${blockers === 1 ? '' : 's'} block${blockers === 1 ? 's' : ''} the release`;
    return judgement.judged ? line : `${line}; a file could not be fully read`;
  }
  if (!judgement.judged) return `${c.blocked('NOT JUDGED')}  ${NOT_JUDGED_DETAIL}`;
  return c.clear('CLEAR') + '  nothing blocks the release';
}

function summary(report: Report, c: Palette): string[] {
  const lines: string[] = [];
  if (report.releases.length > 1) {
    for (const release of report.releases) {
      lines.push(`${verdict(release, c)}  ${c.bold(neutralise(release.name))}`);
    }
  }
  const files = report.roadmaps.length;
  const overdue = overdueMilestones(report).length;
  lines.push(
    `${files} file${files === 1 ? '' : 's'}, ${report.totals.done}/${report.totals.total} tasks done (${percent(report.totals)}%)` +
      `, ${report.blocked ? c.red('blocked') : report.judged ? c.green('clear') : c.red('not judged')}` +
      (overdue > 0 ? `, ${c.red(`${overdue} milestone${overdue === 1 ? '' : 's'} overdue`)}` : ''),
  );
  return lines;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
