/**
 * `roadmap report --history`: a burn-up per release as a mermaid `xychart-beta` (which GitHub
 * draws), done and scope as two lines over time, and the forecast table.
 */
import type { RootContent } from 'mdast';
import type { ReleaseHistory } from '../history/index.js';
import type { RenderContext, Report } from '../model/types.js';
import { addDays, daysBetween } from '../report/calendar.js';
import { forecastText } from './history-terminal.js';
import { code, type Column, heading, paragraph, table } from './mdast.js';
import { neutralise } from './sanitize.js';
import { capitalise } from './text.js';

/** Points on the x axis at most: more labels than this overlap at GitHub's width. */
const MAX_TICKS = 12;

export function historySection(_report: Report, context: RenderContext): RootContent[] {
  const history = context.history;
  if (history === undefined) return [];
  const blocks: RootContent[] = [heading(2, 'History and forecast')];
  if (history.releases.length === 0) return [...blocks, paragraph('No commit holds these roadmap files yet.')];
  for (const release of history.releases) {
    blocks.push(heading(3, release.release));
    const chart = burnUpChart(release, history.today);
    if (chart !== null) blocks.push(code('mermaid', chart), paragraph('The upper line is the scope (every task), the lower the tasks done.'));
    blocks.push(paragraph(capitalise(forecastText(release.forecast)), '.'));
    if (release.milestones.length > 0) {
      blocks.push(
        table(
          MILESTONE_COLUMNS,
          release.milestones.map((milestone) => [
            milestone.title,
            milestone.due,
            milestone.from === null ? 'no forecast' : milestone.from === milestone.to ? milestone.from : `${milestone.from} to ${milestone.to}`,
            lateness(milestone.lateDays),
          ]),
        ),
      );
    }
  }
  if (history.shallow) blocks.push(paragraph('This history comes from a shallow clone and starts at its oldest commit.'));
  return blocks;
}

const MILESTONE_COLUMNS: Column[] = [
  { title: 'Milestone', align: 'left' },
  { title: 'Due', align: 'left' },
  { title: 'Projected (if done in due order)', align: 'left' },
  { title: 'Against its due date', align: 'left' },
];

function lateness(late: { from: number; to: number } | null): string {
  if (late === null) return '';
  if (late.from > 0) return `late by ${late.from}-${late.to} days`;
  if (late.to > 0) return `up to ${late.to} days late`;
  return 'on time';
}

/**
 * The chart: done and scope at evenly spaced days from the first commit to today, at most
 * MAX_TICKS of them. Roadmap text in it (the title) is stripped of quotes and made one line.
 */
export function burnUpChart(release: ReleaseHistory, today: string): string | null {
  const points = release.points;
  if (points.length === 0) return null;
  const first = points[0]!.date;
  const last = today > points.at(-1)!.date ? today : points.at(-1)!.date;
  const span = daysBetween(first, last);
  const ticks = Math.min(MAX_TICKS, span + 1);
  const days = Array.from({ length: ticks }, (_, index) => addDays(first, ticks === 1 ? 0 : Math.round((index * span) / (ticks - 1)))!);
  const done: number[] = [];
  const scope: number[] = [];
  let at = 0;
  let current = { done: 0, total: 0 };
  for (const day of days) {
    while (at < points.length && points[at]!.date <= day) current = points[at++]!;
    done.push(current.done);
    scope.push(current.total);
  }
  const top = Math.max(1, ...scope);
  const title = neutralise(release.release).replace(/["\\]/g, "'").replace(/[\r\n]+/g, ' ');
  return [
    // Scope a mid grey, done GitHub's green: both read on the light and the dark theme.
    `%%{init: ${JSON.stringify({ themeVariables: { xyChart: { plotColorPalette: '#8c959f, #2da44e' } } })}}%%`,
    'xychart-beta',
    `    title "${title} — done and scope"`,
    `    x-axis [${days.map((day) => `"${day}"`).join(', ')}]`,
    `    y-axis "Tasks" 0 --> ${top}`,
    `    line [${scope.join(', ')}]`,
    `    line [${done.join(', ')}]`,
  ].join('\n');
}

