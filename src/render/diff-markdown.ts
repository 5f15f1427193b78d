/**
 * `roadmap diff --markdown`: what a pull request does to the roadmap, for a PR comment or a job
 * summary. Built as mdast and written by remark-stringify like the report, so no roadmap text can
 * become markup. Lines link to the side they are on when the command can make such links.
 */
import type { Root, RootContent } from 'mdast';
import type { Diff, ReleaseDiff, TaskChange } from '../diff/index.js';
import { type Cell, type Column, heading, inlineCode, link, paragraph, quietMentions, strong, stringifyMarkdown, table } from './mdast.js';
import { raisedBlockers, releaseChanged, sideName, verdictWord } from './diff-terminal.js';

export interface DiffMarkdownContext {
  /** A link to a line of a file on one side, or null when none can be made. */
  href?: (file: string, line: number, side: 'base' | 'head') => string | null;
}

export function renderDiffMarkdown(diff: Diff, context: DiffMarkdownContext = {}): string {
  const href = context.href ?? (() => null);
  const children: RootContent[] = [heading(2, 'Roadmap changes')];
  const head = diff.head === null ? 'the work tree' : sideName(diff.head);
  children.push(paragraph('From ', inlineCode(sideName(diff.base)), ' to ', diff.head === null ? head : inlineCode(head), '.'));
  const changed = diff.releases.filter(releaseChanged);
  if (changed.length === 0) children.push(paragraph('No roadmap changes.'));
  for (const release of changed) children.push(...releaseSection(release, href));
  const unchanged = diff.releases.length - changed.length;
  if (changed.length > 0 && unchanged > 0) children.push(paragraph(`${unchanged} other release${unchanged === 1 ? '' : 's'} unchanged.`));
  const root: Root = { type: 'root', children };
  return stringifyMarkdown(root);
}

type Href = NonNullable<DiffMarkdownContext['href']>;

function releaseSection(release: ReleaseDiff, href: Href): RootContent[] {
  const { before, after } = release;
  const out: RootContent[] = [heading(3, `${release.release}: ${verdictWord(before)} → ${verdictWord(after)}`)];
  const sentence = release.summary.charAt(0).toUpperCase() + release.summary.slice(1);
  out.push(paragraph(release.from === undefined ? `${sentence}.` : `${sentence}. Renamed from ${release.from}.`));
  out.push(
    table(
      [
        { title: '', align: null },
        { title: 'Before', align: 'right' },
        { title: 'After', align: 'right' },
      ],
      [
        ['Gate', verdictWord(before), verdictWord(after)],
        ['Done', `${before.done}/${before.total}`, `${after.done}/${after.total}`],
        ['Blockers', String(before.blockers), String(after.blockers)],
      ],
    ),
  );
  const raised = raisedBlockers(release);
  if (release.tasks.length + raised.length > 0) {
    out.push(paragraph(strong('Tasks')));
    out.push(
      table(
        columns('Change', 'Task', 'Milestone', 'Line'),
        [
          ...release.tasks.map((task) => taskRow(task, href)),
          ...raised.map((blocker): Cell[] => [strong('now blocks'), quietMentions(blocker.text), blocker.milestone, where(blocker.file, blocker.line, 'head', href)]),
        ],
      ),
    );
  }
  if (release.milestones.length > 0) {
    out.push(paragraph(strong('Milestones')));
    out.push(
      table(
        columns('Change', 'Milestone', 'Before', 'After', 'Line'),
        release.milestones.map((change) => [
          change.change,
          quietMentions(change.title),
          quietMentions(change.from ?? '—'),
          quietMentions(change.to ?? '—'),
          where(change.file, change.line, change.change === 'removed' ? 'base' : 'head', href),
        ]),
      ),
    );
  }
  if (release.metrics.length > 0) {
    out.push(paragraph(strong('Success metrics')));
    out.push(
      table(
        columns('Change', 'Metric', 'Before', 'After'),
        release.metrics.map((metric) => [metric.change, metric.name, quietMentions(metric.from ?? '—'), quietMentions(metric.to ?? '—')]),
      ),
    );
  }
  return out;
}

/** Left-aligned columns of these titles. */
function columns(...titles: string[]): Column[] {
  return titles.map((title) => ({ title, align: null }));
}

function taskRow(task: TaskChange, href: Href): Cell[] {
  const change: Cell = task.blocking && task.change !== 'removed' ? [task.change, ', ', strong('blocks')] : task.change;
  const text: Cell = task.from === undefined ? quietMentions(task.text) : [...quietMentions(task.text), ' (was: ', ...quietMentions(task.from), ')'];
  const milestone = quietMentions(task.fromMilestone === undefined ? task.milestone : `${task.milestone} (from ${task.fromMilestone})`);
  return [change, text, milestone, where(task.file, task.line, task.change === 'removed' ? 'base' : 'head', href)];
}

function where(file: string, line: number, side: 'base' | 'head', href: Href): Cell {
  const label = side === 'base' ? `${file}:${line} (base)` : `${file}:${line}`;
  const url = href(file, line, side);
  return url === null ? label : link(url, label);
}
