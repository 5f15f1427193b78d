/**
 * The terminal view of `roadmap diff`: per release that changed, the gate before and after with
 * one sentence on what the change does to it, then a line per task change (`file:line`, never
 * cut: editors open it) and per milestone and metric change. Colour says what a change does to
 * the gate: green for work done or a blocker gone, red for a blocker added or reopened.
 */
import { Chalk } from 'chalk';
import type { Diff, GateState, NewBlocker, ReleaseDiff, TaskChange } from '../diff/index.js';
import { neutralise } from './sanitize.js';

export interface DiffViewContext {
  color: boolean;
}

/** How a side is named: a short commit, or the work tree. */
export function sideName(commit: string | null): string {
  return commit === null ? 'the work tree' : commit.slice(0, 7);
}

/** Whether a release's diff holds anything to show. */
export function releaseChanged(release: ReleaseDiff): boolean {
  const { before, after } = release;
  return (
    release.tasks.length > 0 ||
    release.milestones.length > 0 ||
    release.metrics.length > 0 ||
    release.from !== undefined ||
    before.blocked !== after.blocked ||
    before.blockers !== after.blockers ||
    before.done !== after.done ||
    before.total !== after.total
  );
}

/**
 * New blockers that no task change shows: tasks unchanged themselves whose milestone was raised
 * into the gate (a Priority, a Status), listed so that "adds 4 release blockers" names all four.
 */
export function raisedBlockers(release: ReleaseDiff): NewBlocker[] {
  const shown = new Set(release.tasks.filter((task) => task.change !== 'removed').map((task) => `${task.file}:${task.line}`));
  return release.newBlockers.filter((blocker) => !shown.has(`${blocker.file}:${blocker.line}`));
}

export function verdictWord(gate: GateState): string {
  return gate.blocked ? 'BLOCKED' : 'CLEAR';
}

export function renderDiffTerminal(diff: Diff, context: DiffViewContext): string {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const range = `${sideName(diff.base)} → ${sideName(diff.head)}`;
  const changed = diff.releases.filter(releaseChanged);
  if (changed.length === 0) return `No roadmap changes from ${range}.`;
  const word = (gate: GateState) => (gate.blocked ? c.red.bold('BLOCKED') : c.green.bold('CLEAR'));
  const out = [c.bold(`Roadmap changes ${range}`)];
  for (const release of changed) {
    const { before, after } = release;
    out.push('');
    const renamed = release.from === undefined ? '' : ` (was ${neutralise(release.from)})`;
    out.push(`${c.bold(neutralise(release.release))}${renamed}  ${word(before)} → ${word(after)}`);
    out.push(`  ${neutralise(release.summary)}`);
    out.push(`  done ${before.done}/${before.total} → ${after.done}/${after.total} · blockers ${before.blockers} → ${after.blockers}`);
    const raised = raisedBlockers(release);
    if (release.tasks.length + raised.length > 0) out.push('');
    const kindWidth = Math.max(...release.tasks.map((task) => task.change.length), raised.length > 0 ? 'now blocks'.length : 0);
    for (const task of release.tasks) out.push(...taskLines(task, kindWidth, c));
    for (const blocker of raised) {
      out.push(`  ${c.red('now blocks'.padEnd(kindWidth))}  ${neutralise(blocker.file)}:${blocker.line}  ${neutralise(blocker.text)}  (${neutralise(blocker.milestone)}, ${blocker.tier})`);
    }
    if (release.milestones.length + release.metrics.length > 0) out.push('');
    for (const change of release.milestones) {
      const what =
        change.change === 'added' || change.change === 'removed'
          ? `milestone ${change.change}${change.change === 'removed' ? ' (at base)' : ''}`
          : change.change === 'renamed'
            ? `renamed from ${quoted(change.from)}`
            : `${change.change} ${value(change.from)} → ${value(change.to)}`;
      out.push(`  ${neutralise(change.file)}:${change.line}  ${neutralise(change.title)}: ${neutralise(what)}`);
    }
    for (const metric of release.metrics) {
      // Each side's text names the metric already.
      const what = metric.change === 'changed' ? `${value(metric.from)} → ${value(metric.to)}` : value(metric.from ?? metric.to);
      out.push(`  metric ${metric.change}: ${neutralise(what)}`);
    }
  }
  const unchanged = diff.releases.length - changed.length;
  if (unchanged > 0) out.push('', `${unchanged} other release${unchanged === 1 ? '' : 's'} unchanged.`);
  return out.join('\n');
}

function taskLines(task: TaskChange, kindWidth: number, c: InstanceType<typeof Chalk>): string[] {
  const paint = task.change === 'done' ? c.green : task.change === 'reopened' || (task.blocking && task.change !== 'removed') ? c.red : (text: string) => text;
  const where = `${neutralise(task.file)}:${task.line}`;
  const milestone = task.fromMilestone === undefined ? neutralise(task.milestone) : `${neutralise(task.fromMilestone)} → ${neutralise(task.milestone)}`;
  const notes = [milestone, task.tier];
  if (task.change === 'removed') notes.push('at base');
  else if (task.blocking) notes.push('blocks');
  const lines = [`  ${paint(task.change.padEnd(kindWidth))}  ${where}  ${neutralise(task.text)}  (${notes.join(', ')})`];
  if (task.from !== undefined) lines.push(`  ${' '.repeat(kindWidth)}  was: ${neutralise(task.from)}`);
  return lines;
}

function value(text: string | null): string {
  return text === null ? '—' : text;
}

function quoted(text: string | null): string {
  return text === null ? '—' : `"${text}"`;
}
