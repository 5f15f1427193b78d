/**
 * `roadmap history` in a terminal: per release, a burn-up drawn in block characters (done as
 * filled columns, scope as a line above them), fitting the width, then the throughput and the
 * forecast in words.
 */
import { Chalk } from 'chalk';
import type { Forecast } from '../history/forecast.js';
import type { History, MilestoneForecast, ReleaseHistory } from '../history/index.js';
import { addDays, daysBetween } from '../report/calendar.js';
import { neutralise } from './sanitize.js';
import { plural } from './text.js';
import { displayWidth, truncateWidth, wrapWidth } from './width.js';

export interface HistoryView {
  color: boolean;
  width: number;
}

const HEIGHT = 8;
const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

export function renderHistoryTerminal(history: History, view: HistoryView): string {
  const c = new Chalk({ level: view.color ? 1 : 0 });
  const out: string[] = [];
  if (history.releases.length === 0) out.push('No history: no commit holds these roadmap files yet.');
  for (const release of history.releases) {
    out.push(`${c.bold(truncateWidth(neutralise(release.release), view.width - displayWidth(release.file) - 2))}  ${c.dim(neutralise(release.file))}`);
    out.push(...burnUp(release, history.today, view, c), '');
    out.push(`  ${summaryLine(release)}`);
    out.push(...wrapWidth(`  ${forecastText(release.forecast)}`, view.width, '    '));
    for (const milestone of release.milestones) out.push(`    ${truncateWidth(milestoneText(milestone), view.width - 4)}`);
    out.push('');
  }
  const last = history.points.at(-1);
  out.push(`${plural(history.points.length, 'commit')} changed the roadmap${last ? `, the last on ${last.date}` : ''}.`);
  return out.join('\n');
}

/** The chart: a row per eighth of the height, a column per stretch of days, labels on the left. */
function burnUp(release: ReleaseHistory, today: string, view: HistoryView, c: InstanceType<typeof Chalk>): string[] {
  const points = release.points;
  if (points.length === 0) return ['  (no commits in this range)'];
  const first = points[0]!.date;
  const last = today > points.at(-1)!.date ? today : points.at(-1)!.date;
  const top = Math.max(1, ...points.map((point) => point.total));
  const gutter = String(top).length + 3;
  const columns = Math.max(10, Math.min(100, view.width - gutter - 2));
  const span = Math.max(1, daysBetween(first, last));
  // The value of each column: the last point on or before its day.
  const values: Array<{ done: number; total: number }> = [];
  let index = 0;
  let current = { done: 0, total: 0 };
  for (let column = 0; column < columns; column++) {
    const day = addDays(first, Math.round((column * span) / Math.max(1, columns - 1)))!;
    while (index < points.length && points[index]!.date <= day) current = points[index++]!;
    values.push(current);
  }
  const rows: string[] = [];
  for (let row = HEIGHT - 1; row >= 0; row--) {
    let line = '';
    for (const value of values) {
      const fill = Math.max(0, Math.min(1, (value.done / top) * HEIGHT - row));
      const scopeRow = Math.max(0, Math.ceil((value.total / top) * HEIGHT) - 1);
      if (fill > 0) line += c.green(EIGHTHS[Math.round(fill * 8)]!);
      else line += row === scopeRow ? c.dim('─') : ' ';
    }
    const label = row === HEIGHT - 1 ? String(top) : row === 0 ? '0' : '';
    rows.push(`${label.padStart(gutter - 2)} │${line.replace(/\s+$/, '')}`);
  }
  const axis = `${' '.repeat(gutter)}${first}${' '.repeat(Math.max(1, columns - 20))}${last}`;
  rows.push(axis.trimEnd());
  return rows;
}

function summaryLine(release: ReleaseHistory): string {
  const now = release.points.at(-1);
  const start = release.points[0];
  if (!now || !start) return 'nothing in this range';
  const growth = now.total - start.total;
  const scope = growth === 0 ? 'scope unchanged' : `scope ${growth > 0 ? '+' : ''}${growth} since ${start.date}`;
  return `${now.done}/${now.total} done (${start.done}/${start.total} on ${start.date}), ${scope}`;
}

/** `projected 2027-02-10 to 2027-03-02; due 2026-12-16: late by 8-11 weeks`. */
export function forecastText(forecast: Forecast): string {
  if (forecast.status === 'done') return 'done: nothing open';
  if (forecast.status === 'none') {
    const why =
      forecast.reason === 'no-throughput'
        ? `no task done in the last ${plural(forecast.window, 'week')}`
        : forecast.reason === 'too-short'
          ? 'less than two weeks of history'
          : 'no history';
    return `no forecast: ${why}`;
  }
  const { low, high } = forecast.throughputPerWeek!;
  // A quartile range of 0-0 says nothing of the weeks that did something: then give the mean.
  const pace =
    high > 0
      ? `at ${low === high ? low : `${low}-${high}`} tasks a week (the middle half of the last ${plural(forecast.window, 'week')})`
      : `at ${forecast.meanPerWeek} tasks a week on average (last ${plural(forecast.window, 'week')})`;
  return `projected ${range(forecast.from!, forecast.to!)} ${pace}${dueText(forecast.due, forecast.lateDays)}`;
}

function milestoneText(milestone: MilestoneForecast): string {
  const projected = milestone.from === null ? 'no forecast' : `projected ${range(milestone.from, milestone.to!)}`;
  return `${neutralise(milestone.title)}: ${projected}${dueText(milestone.due, milestone.lateDays)}`;
}

function range(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

/** `; due 2026-12-16: late by 8-11 weeks`, `: on time`, `: may be late by up to 3 weeks`. */
function dueText(due: string | null, late: { from: number; to: number } | null): string {
  if (due === null || late === null) return '';
  const weeks = (days: number) => Math.round(days / 7);
  let verdict: string;
  if (late.from > 0) verdict = `late by ${weeks(late.from) === weeks(late.to) ? plural(weeks(late.to), 'week') : `${weeks(late.from)}-${plural(weeks(late.to), 'week')}`}`;
  else if (late.to > 0) verdict = `may be late, by up to ${plural(Math.max(1, weeks(late.to)), 'week')}`;
  else verdict = 'on time';
  return `; due ${due}: ${verdict}`;
}
