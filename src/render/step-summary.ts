/**
 * The job summary of `roadmap check` (`$GITHUB_STEP_SUMMARY`): a verdict per release, a table of
 * what blocks it and one of its overdue milestones, built as mdast and serialised by
 * remark-stringify, so that roadmap text is escaped as markdown and never becomes markup. GitHub refuses a summary over 1 MiB; when the
 * table would not fit in `context.maxBytes`, rows are left out and a note says how many.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isFatal } from '../model/fatal.js';
import type { Blocker, ReleaseVerdict, RenderContext, Report, ReportedMilestone } from '../model/types.js';
import { repositoryPath } from './github.js';
import { neutralise } from './sanitize.js';
import { blobHref } from './source-link.js';
import { capitalise, clip, plural } from './text.js';
import { staleReviewText } from './time-warnings.js';
import { gateVerdict, overdueIn } from './verdict.js';

/** GitHub's limit on the summary of one step. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** A summary is read by people: past this many rows, the log is the place to look. */
const MAX_ROWS = 1000;
const MAX_CELL = 500;
const MAX_NAME = 200;
const MAX_UNJUDGED = 20;
const MAX_OVERDUE = 20;

const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify);

export function renderStepSummary(report: Report, context: RenderContext): string {
  const maxBytes = context.maxBytes ?? STEP_SUMMARY_LIMIT;
  const total = report.releases.reduce((sum, release) => sum + release.blockers.length, 0);
  // remark ends its output with a line end; like every renderer's, ours leaves that to the caller.
  const render = (rows: number) => processor.stringify(summaryTree(report, context, rows)).replace(/\n$/, '');
  const most = Math.min(total, MAX_ROWS);
  const full = render(most);
  if (byteLength(full) <= maxBytes) return full;
  // The most rows that fit: the size grows with every row, so a binary search finds it.
  let low = 0;
  let high = most - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (byteLength(render(mid)) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return render(low);
}

function summaryTree(report: Report, context: RenderContext, rows: number): Root {
  const prefix = context.pathPrefix ?? '';
  const verdicts = report.releases.map((release) => gateVerdict(report, release, context).word);
  const gate = verdicts.includes('BLOCKED')
    ? 'blocked'
    : verdicts.includes('NOT JUDGED')
      ? 'not judged'
      : verdicts.includes('OVERDUE')
        ? 'overdue'
        : 'clear';
  const children: RootContent[] = [heading(2, `Roadmap gate: ${gate}`)];
  let left = rows;
  for (const release of report.releases) {
    const shown = release.blockers.slice(0, Math.max(0, left));
    left -= shown.length;
    children.push(...releaseSection(release, report, context, shown));
  }
  const total = report.releases.reduce((sum, release) => sum + release.blockers.length, 0);
  if (rows < total) {
    children.push(
      paragraph({
        type: 'emphasis',
        children: [
          text(`${plural(total - rows, 'more blocker')} not listed here; the log lists every one.`),
        ],
      }),
    );
  }
  children.push(...unjudged(report, prefix));
  return { type: 'root', children };
}

function releaseSection(release: ReleaseVerdict, report: Report, context: RenderContext, shown: readonly Blocker[]): RootContent[] {
  const { word, detail } = gateVerdict(report, release, context);
  const name = clip(neutralise(release.name), MAX_NAME);
  const done = `${release.totals.done}/${release.totals.total} tasks done.`;
  const section: RootContent[] = [
    heading(3, `${word === 'CLEAR' ? '✅' : '❌'} ${name}: ${word.toLowerCase()}`),
    paragraph(text(`${capitalise(detail)}. ${done}`)),
  ];
  if (shown.length > 0) section.push(blockerTable(shown, context));
  const overdue = overdueIn(report, release);
  if (overdue.length > 0) section.push(...overdueTable(overdue, context));
  section.push(...staleReviews(report, release, context));
  return section;
}

/** Overdue milestones, listed whether or not they fail the gate: a summary is where they are seen. */
function overdueTable(milestones: readonly ReportedMilestone[], context: RenderContext): RootContent[] {
  const header: TableRow = { type: 'tableRow', children: ['Where', 'Overdue milestone', 'Due', 'Done'].map((title) => cell(text(title))) };
  const rows = milestones.slice(0, MAX_OVERDUE).map(
    (milestone): TableRow => ({
      type: 'tableRow',
      children: [
        cell(where(context, milestone.file, milestone.line)),
        cell(text(clip(neutralise(milestone.title), MAX_NAME))),
        cell(text(oneLineDate(milestone.due ?? ''))),
        cell(text(`${milestone.done}/${milestone.total}`)),
      ],
    }),
  );
  const more = milestones.length - rows.length;
  return [
    paragraph(text(`${plural(milestones.length, 'milestone')} overdue:`)),
    { type: 'table', align: [null, null, null, null], children: [header, ...rows] },
    ...(more > 0 ? [paragraph(text(`and ${more} more.`))] : []),
  ];
}

function blockerTable(blockers: readonly Blocker[], context: RenderContext): Table {
  const header: TableRow = { type: 'tableRow', children: ['Where', 'Task', 'Milestone', 'Tier'].map((title) => cell(text(title))) };
  const rows = blockers.map(
    (blocker): TableRow => ({
      type: 'tableRow',
      children: [
        cell(where(context, blocker.file, blocker.line)),
        cell(text(clip(neutralise(blocker.text), MAX_CELL))),
        cell(text(clip(neutralise(blocker.milestone), MAX_NAME))),
        cell(text(blocker.tier)),
      ],
    }),
  );
  return { type: 'table', align: [null, null, null, null], children: [header, ...rows] };
}

/** Files that could not be judged: the run fails for them, whatever the verdicts say. */
function unjudged(report: Report, prefix: string): RootContent[] {
  const fatal = report.diagnostics.filter(isFatal);
  if (fatal.length === 0) return [];
  const items = fatal.slice(0, MAX_UNJUDGED).map((diagnostic) => ({
    type: 'listItem' as const,
    children: [
      paragraph(
        { type: 'inlineCode', value: repositoryPath(prefix, diagnostic.file) },
        text(`: ${clip(neutralise(diagnostic.message), MAX_CELL)}`),
      ),
    ],
  }));
  const more = fatal.length - items.length;
  return [
    paragraph({ type: 'strong', children: [text('Not judged')] }),
    { type: 'list', ordered: false, spread: false, children: items },
    ...(more > 0 ? [paragraph(text(`and ${more} more.`))] : []),
  ];
}

/** `path:16` as code, linked to the line at the workflow's commit when the job names one. */
function where(context: RenderContext, file: string, line: number): PhrasingContent {
  const path = repositoryPath(context.pathPrefix ?? '', file);
  const label: PhrasingContent = { type: 'inlineCode', value: `${path}:${line}` };
  const url = context.github ? blobHref(context.github, path, line) : null;
  return url === null ? label : { type: 'link', url, children: [label] };
}

/** A date whose hyphens do not break (U+2011), so that a narrow column keeps it on one line. */
function oneLineDate(date: string): string {
  return date.replaceAll('-', '\u2011');
}

/** Each roadmap of the release whose Next Review has passed. */
function staleReviews(report: Report, release: ReleaseVerdict, context: RenderContext): RootContent[] {
  return report.roadmaps
    .filter((roadmap) => roadmap.release === release.name && roadmap.review !== null && roadmap.review.overdueDays > 0)
    .map((roadmap) =>
      paragraph(
        text('Stale review: '),
        where(context, roadmap.file, roadmap.review!.line),
        text(` ${staleReviewText(roadmap.review!)}.`),
      ),
    );
}

function heading(depth: 2 | 3, value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function cell(content: PhrasingContent) {
  return { type: 'tableCell' as const, children: [content] };
}

function text(value: string) {
  return { type: 'text' as const, value };
}


function byteLength(value: string): number {
  return new TextEncoder().encode(value).length;
}
