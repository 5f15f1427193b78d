/**
 * What a change does to the roadmap (DESIGN.md §9): the two sides' releases paired by name (or,
 * renamed, by a file they share), their milestones paired by title (or, renamed, by a title or
 * tasks alike), their tasks paired within their milestone and then across the release, exactly
 * and then by likeness. Each pair that differs is one change; what is left is added or removed.
 * The gate is worked out on each side as `check` works it out, and compared task by task.
 */
import { metricText } from '../render/metric-text.js';
import type { Tier } from '../model/types.js';
import { Pairing } from './pair.js';
import { type GateState, type SideMilestone, type SideRelease, type SideTask, sideReleases } from './sides.js';
import { rewordingSimilarity, similarity } from './similarity.js';
import type { Snapshot } from './snapshot.js';

export const DIFF_SCHEMA_VERSION = 1;

/** Tasks this alike (0–1) in the same milestone are one task reworded. */
const REWORDED_IN_MILESTONE = 0.6;
/** Across milestones, a task both moved and reworded must be more alike than that. */
const REWORDED_ACROSS = 0.75;
/** Milestone titles this alike are one milestone renamed. */
const RENAMED_TITLE = 0.6;
/** Or, whatever the title, this share of its tasks the same. */
const RENAMED_TASKS = 0.5;

export type { GateState };

export type TaskChangeKind = 'done' | 'reopened' | 'added' | 'removed' | 'reworded' | 'moved';

export interface TaskChange {
  change: TaskChangeKind;
  /** In `head`; in `base` for a removed task. */
  file: string;
  line: number;
  text: string;
  milestone: string;
  tier: Tier;
  /** Open and holding the release back (on the side the line refers to). */
  blocking: boolean;
  /** The text before, when it was reworded (also on a task done, reopened or moved). */
  from?: string;
  /** The milestone before, when the task moved (also on a task done or reopened). */
  fromMilestone?: string;
}

export type MilestoneChangeKind = 'added' | 'removed' | 'renamed' | 'tier' | 'priority' | 'status' | 'timeline' | 'due';

export interface MilestoneChange {
  change: MilestoneChangeKind;
  title: string;
  from: string | null;
  to: string | null;
  file: string;
  line: number;
}

export interface MetricChange {
  change: 'added' | 'removed' | 'changed';
  name: string;
  from: string | null;
  to: string | null;
}

export interface NewBlocker {
  file: string;
  line: number;
  text: string;
  milestone: string;
  tier: Tier;
}

export interface ReleaseDiff {
  release: string;
  /** Its name before, when that was different. */
  from?: string;
  files: string[];
  before: GateState;
  after: GateState;
  /** One sentence on what the change does to the gate. */
  summary: string;
  /** Blockers after that were not blockers before: added, reopened, moved or raised into the gate. */
  newBlockers: NewBlocker[];
  /** Blockers before that no longer block: done, removed, or lowered out of the gate. */
  resolvedBlockers: number;
  tasks: TaskChange[];
  milestones: MilestoneChange[];
  metrics: MetricChange[];
}

export interface Diff {
  schemaVersion: typeof DIFF_SCHEMA_VERSION;
  base: string;
  /** null for the work tree. */
  head: string | null;
  releases: ReleaseDiff[];
}

export function diffSnapshots(base: Snapshot & { commit: string }, head: Snapshot): Diff {
  const before = sideReleases(base);
  const after = sideReleases(head);
  const releases = new Pairing(before, after);
  releases.byKey(
    (b) => b.name,
    (a) => a.name,
  );
  // A release renamed keeps its files.
  releases.bySimilarity(before, after, (b, a) => (b.files.some((file) => a.files.includes(file)) ? 1 : 0), 1);
  const diffs: ReleaseDiff[] = [];
  const pairedAfter = new Map([...releases.pairs].map(([b, a]) => [a, b]));
  for (const a of after) diffs.push(diffRelease(pairedAfter.get(a) ?? null, a));
  for (const b of releases.unpairedBefore()) diffs.push(diffRelease(b, null));
  return { schemaVersion: DIFF_SCHEMA_VERSION, base: base.commit, head: head.commit, releases: diffs };
}

const EMPTY: SideRelease = { name: '', files: [], judged: true, gate: { blocked: false, done: 0, total: 0, blockers: 0 }, milestones: [], tasks: [], metrics: [] };

function diffRelease(b: SideRelease | null, a: SideRelease | null): ReleaseDiff {
  const before = b ?? EMPTY;
  const after = a ?? EMPTY;
  const milestones = pairMilestones(before.milestones, after.milestones);
  const tasks = pairTasks(before.tasks, after.tasks, milestones);
  const name = a?.name ?? b!.name;

  const taskChanges: TaskChange[] = [];
  for (const [x, y] of tasks.pairs) {
    const moved = milestones.pairs.get(x.milestone) !== y.milestone;
    const reworded = x.norm !== y.norm;
    const change: TaskChangeKind | null = x.checked !== y.checked ? (y.checked ? 'done' : 'reopened') : moved ? 'moved' : reworded ? 'reworded' : null;
    if (change === null) continue;
    const entry = taskChange(change, y);
    if (reworded) entry.from = x.text;
    if (moved) entry.fromMilestone = x.milestone.title;
    taskChanges.push(entry);
  }
  for (const y of tasks.unpairedAfter()) taskChanges.push(taskChange('added', y));
  for (const x of tasks.unpairedBefore()) taskChanges.push(taskChange('removed', x));
  taskChanges.sort(byKindThenPlace);

  const newBlockers: NewBlocker[] = [];
  const pairedBefore = new Map([...tasks.pairs].map(([x, y]) => [y, x]));
  for (const y of after.tasks) {
    if (y.blocker && !pairedBefore.get(y)?.blocker) newBlockers.push({ file: y.file, line: y.line, text: y.text, milestone: y.milestone.title, tier: y.milestone.tier });
  }
  const resolved = before.tasks.filter((x) => x.blocker && !tasks.pairs.get(x)?.blocker);

  const diff: ReleaseDiff = {
    release: name,
    ...(a && b && a.name !== b.name ? { from: b.name } : {}),
    files: a?.files ?? b!.files,
    before: before.gate,
    after: after.gate,
    tasks: taskChanges,
    milestones: milestoneChanges(milestones),
    metrics: metricChanges(before, after),
    newBlockers,
    resolvedBlockers: resolved.length,
    summary: a === null ? removedSummary(name, before.gate) : b === null ? addedSummary(name, after.gate) : gateSummary(name, before.gate, after.gate, resolved, tasks.pairs, newBlockers.length),
  };
  return diff;
}

function taskChange(change: TaskChangeKind, task: SideTask): TaskChange {
  return { change, file: task.file, line: task.line, text: task.text, milestone: task.milestone.title, tier: task.milestone.tier, blocking: task.blocker };
}

const KIND_ORDER: readonly TaskChangeKind[] = ['done', 'reopened', 'added', 'removed', 'reworded', 'moved'];

function byKindThenPlace(x: TaskChange, y: TaskChange): number {
  return KIND_ORDER.indexOf(x.change) - KIND_ORDER.indexOf(y.change) || (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line);
}

function pairMilestones(before: readonly SideMilestone[], after: readonly SideMilestone[]): Pairing<SideMilestone, SideMilestone> {
  const pairing = new Pairing(before, after, 100_000);
  // A title may recur in a file under different sections (`Backend` in each horizon): the same
  // section first, so that one inserted above does not shift the others onto the wrong twin.
  for (const key of [(m: SideMilestone) => `${m.file}\0${m.section}\0${m.title}`, (m: SideMilestone) => `${m.file}\0${m.title}`]) pairing.byKey(key, key);
  pairing.byKey(
    (m) => m.title,
    (m) => m.title,
  );
  pairing.bySimilarity(before, after, renamedScore, RENAMED_TITLE);
  return pairing;
}

/** How likely two milestones are one renamed: alike titles, or mostly the same tasks. */
function renamedScore(b: SideMilestone, a: SideMilestone): number {
  const title = similarity(b.title, a.title);
  const total = Math.max(b.tasks.length, a.tasks.length);
  if (total === 0) return title;
  const texts = new Map(taskTexts(b));
  let shared = 0;
  for (const task of a.tasks) {
    const left = texts.get(task.norm) ?? 0;
    if (left > 0) {
      shared++;
      texts.set(task.norm, left - 1);
    }
  }
  const tasks = shared / total;
  // Tasks mostly the same count as a title alike: scaled onto the title's threshold.
  return Math.max(title, tasks >= RENAMED_TASKS ? RENAMED_TITLE + (1 - RENAMED_TITLE) * tasks : 0);
}

const textCounts = new WeakMap<SideMilestone, ReadonlyMap<string, number>>();

/** How many times each task text occurs in a milestone, counted once per milestone. */
function taskTexts(milestone: SideMilestone): ReadonlyMap<string, number> {
  let counts = textCounts.get(milestone);
  if (!counts) {
    const made = new Map<string, number>();
    for (const task of milestone.tasks) made.set(task.norm, (made.get(task.norm) ?? 0) + 1);
    textCounts.set(milestone, (counts = made));
  }
  return counts;
}

function pairTasks(before: readonly SideTask[], after: readonly SideTask[], milestones: Pairing<SideMilestone, SideMilestone>): Pairing<SideTask, SideTask> {
  const pairing = new Pairing(before, after);
  const index = new Map<SideMilestone, number>();
  before.forEach((task) => index.set(task.milestone, index.get(task.milestone) ?? index.size));
  const counterpart = new Map([...milestones.pairs].map(([b, a]) => [a, b]));
  // The same text in the same milestone; then the same text anywhere (a move).
  pairing.byKey(
    (x) => `${index.get(x.milestone)}\0${x.norm}`,
    (y) => {
      const b = counterpart.get(y.milestone);
      return b === undefined ? null : `${index.get(b)}\0${y.norm}`;
    },
  );
  pairing.byKey(
    (x) => x.norm,
    (y) => y.norm,
  );
  // Alike text in the same milestone (a rewording); then, more alike, anywhere.
  for (const [b, a] of milestones.pairs) {
    pairing.bySimilarity(b.tasks, a.tasks, (x, y) => rewordingSimilarity(x.text, y.text, REWORDED_IN_MILESTONE), REWORDED_IN_MILESTONE);
  }
  pairing.bySimilarity(pairing.unpairedBefore(), pairing.unpairedAfter(), (x, y) => similarity(x.text, y.text), REWORDED_ACROSS);
  return pairing;
}

function milestoneChanges(milestones: Pairing<SideMilestone, SideMilestone>): MilestoneChange[] {
  const changes: MilestoneChange[] = [];
  const at = (m: SideMilestone) => ({ title: m.title, file: m.file, line: m.line });
  for (const [b, a] of milestones.pairs) {
    if (b.title !== a.title) changes.push({ change: 'renamed', ...at(a), from: b.title, to: a.title });
    if (b.tier !== a.tier) changes.push({ change: 'tier', ...at(a), from: b.tier, to: a.tier });
    for (const field of ['priority', 'status', 'timeline', 'due'] as const) {
      if (b[field] !== a[field]) changes.push({ change: field, ...at(a), from: b[field], to: a[field] });
    }
  }
  for (const a of milestones.unpairedAfter()) changes.push({ change: 'added', ...at(a), from: null, to: a.title });
  for (const b of milestones.unpairedBefore()) changes.push({ change: 'removed', ...at(b), from: b.title, to: null });
  const removedLast = (m: MilestoneChange) => (m.change === 'removed' ? 1 : 0);
  return changes.sort((x, y) => removedLast(x) - removedLast(y) || (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line));
}

function metricChanges(before: SideRelease, after: SideRelease): MetricChange[] {
  const pairing = new Pairing(before.metrics, after.metrics);
  pairing.byKey(
    (m) => m.name,
    (m) => m.name,
  );
  const changes: MetricChange[] = [];
  for (const [b, a] of pairing.pairs) {
    const from = metricText(b);
    const to = metricText(a);
    if (from !== to) changes.push({ change: 'changed', name: a.name, from, to });
  }
  for (const a of pairing.unpairedAfter()) changes.push({ change: 'added', name: a.name, from: null, to: metricText(a) });
  for (const b of pairing.unpairedBefore()) changes.push({ change: 'removed', name: b.name, from: metricText(b), to: null });
  return changes;
}

/** A release whose files are all gone: it is not unblocked, it is no longer there. */
function removedSummary(name: string, before: GateState): string {
  return `this change removes ${name}${before.blockers > 0 ? `, with its ${count(before.blockers, 'release blocker')}` : ''}`;
}

function addedSummary(name: string, after: GateState): string {
  return `this change adds ${name}, with ${after.blockers > 0 ? count(after.blockers, 'release blocker') : 'no release blocker'}`;
}

/** "this change unblocks vNext: 5 critical tasks done", "adds 2 release blockers", … */
function gateSummary(
  name: string,
  before: GateState,
  after: GateState,
  resolved: readonly SideTask[],
  pairs: ReadonlyMap<SideTask, SideTask>,
  added: number,
): string {
  const done = resolved.filter((x) => pairs.get(x)?.checked);
  const removed = resolved.filter((x) => !pairs.has(x));
  const lowered = resolved.length - done.length - removed.length;
  const tiers = new Set(done.map((x) => x.milestone.tier));
  const kind = tiers.size === 1 ? [...tiers][0]! : 'blocking';
  const parts = [
    done.length > 0 ? `${count(done.length, `${kind} task`)} done` : '',
    removed.length > 0 ? `${count(removed.length, 'blocking task')} removed` : '',
    lowered > 0 ? `${count(lowered, 'task')} no longer blocking` : '',
  ].filter((part) => part !== '');
  const adds = added > 0 ? `adds ${count(added, 'release blocker')}` : '';
  if (before.blocked && !after.blocked) return `this change unblocks ${name}: ${parts.join(', ') || 'no blocker left'}`;
  if (!before.blocked && after.blocked) return `this change blocks ${name}: ${adds || `${count(after.blockers, 'release blocker')}`}`;
  if (!after.blocked) return `${name} stays clear`;
  const changed = [...parts, adds].filter((part) => part !== '').join(', ');
  const still = `${name} is still blocked by ${count(after.blockers, 'task')}`;
  return changed === '' ? still : `${changed}: ${still}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
