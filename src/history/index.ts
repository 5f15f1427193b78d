/**
 * The history document: a point per commit (overall and per tier), a burn-up series per release,
 * and each release's forecast, with one for each of its dated milestones. Its shape is the JSON
 * `roadmap history --json` prints (DESIGN.md §8).
 */
import { TIERS } from '../model/tier.js';
import type { Progress, ReportedMilestone, TierProgress } from '../model/types.js';
import { addDays, daysBetween } from '../report/calendar.js';
import { forecast, type Forecast, weeklyThroughput, weeksToFinish } from './forecast.js';
import type { Replay } from './replay.js';

export const HISTORY_SCHEMA_VERSION = 1;

export interface HistoryPointJson extends Progress {
  commit: string;
  date: string;
  blockers: number;
  blocked: boolean;
  tiers: TierProgress[];
}

export interface MilestoneForecast {
  title: string;
  file: string;
  line: number;
  due: string;
  /** Projected range if the release's milestones are done in the order they fall due. */
  from: string | null;
  to: string | null;
  lateDays: { from: number; to: number } | null;
}

export interface ReleaseHistory {
  release: string;
  file: string;
  files: string[];
  points: Array<Progress & { commit: string; date: string }>;
  forecast: Forecast;
  milestones: MilestoneForecast[];
}

export interface History {
  schemaVersion: typeof HISTORY_SCHEMA_VERSION;
  today: string;
  shallow: boolean;
  points: HistoryPointJson[];
  releases: ReleaseHistory[];
}

export interface HistoryOptions {
  today: string;
  window: number;
  /** Points on or after this day / after this commit time (seconds). */
  since?: { date?: string; time?: number };
  until?: { date?: string; time?: number };
}

export function buildHistory(replayed: Replay, options: HistoryOptions): History {
  const all = replayed.points;
  const kept = all.filter((point) => within(point, options));
  const points = kept.map((point): HistoryPointJson => {
    const tiers = TIERS.map((tier) => ({ tier, done: 0, total: 0 }));
    let done = 0;
    let total = 0;
    let blockers = 0;
    for (const roadmap of point.roadmaps) {
      done += roadmap.totals.done;
      total += roadmap.totals.total;
      blockers += roadmap.blockers;
      roadmap.tiers.forEach((tier, index) => {
        tiers[index]!.done += tier.done;
        tiers[index]!.total += tier.total;
      });
    }
    return { commit: point.commit, date: point.date, done, total, blockers, blocked: point.roadmaps.some((roadmap) => roadmap.blocked), tiers };
  });
  const head = replayed.head;
  const releases = (head?.releases ?? []).map((release): ReleaseHistory => {
    const files = new Set(release.files);
    // The release is its files as they are now; each point sums those files as they were then.
    const series = all.map((point) => {
      let done = 0;
      let total = 0;
      for (const roadmap of point.roadmaps) {
        if (!files.has(roadmap.file)) continue;
        done += roadmap.totals.done;
        total += roadmap.totals.total;
      }
      return { commit: point.commit, date: point.date, done, total };
    });
    const milestones = head!.roadmaps.filter((roadmap) => files.has(roadmap.file)).flatMap((roadmap) => roadmap.milestones);
    const due = latestDue(milestones);
    const byDay = lastPerDay(series);
    return {
      release: release.name,
      file: release.files[0]!,
      files: release.files,
      points: series.filter((_, index) => within(all[index]!, options)),
      forecast: forecast(byDay, { today: options.today, window: options.window, due }),
      milestones: milestoneForecasts(milestones, byDay, options),
    };
  });
  return { schemaVersion: HISTORY_SCHEMA_VERSION, today: options.today, shallow: replayed.repository.shallow, points, releases };
}

function within(point: { date: string; time: number }, options: HistoryOptions): boolean {
  const { since, until } = options;
  if (since?.date !== undefined && point.date < since.date) return false;
  if (since?.time !== undefined && point.time <= since.time) return false;
  if (until?.date !== undefined && point.date > until.date) return false;
  if (until?.time !== undefined && point.time > until.time) return false;
  return true;
}

/** A release lands when its last dated milestone does. */
function latestDue(milestones: readonly ReportedMilestone[]): string | null {
  let due: string | null = null;
  for (const milestone of milestones) if (milestone.due !== null && (due === null || milestone.due > due)) due = milestone.due;
  return due;
}

/** One point per day, the day's last: several commits in a day are one step of the series. */
function lastPerDay<T extends { date: string }>(series: readonly T[]): T[] {
  const days: T[] = [];
  for (const point of series) {
    if (days.at(-1)?.date === point.date) days[days.length - 1] = point;
    else days.push(point);
  }
  return days;
}

/**
 * Each dated milestone with work left, projected as if the release's milestones were done in the
 * order they fall due: its range is that of the open tasks of it and of every one due before it.
 */
function milestoneForecasts(
  milestones: readonly ReportedMilestone[],
  series: ReadonlyArray<{ date: string; done: number; total: number }>,
  options: HistoryOptions,
): MilestoneForecast[] {
  const open = milestones.filter((milestone) => milestone.due !== null && milestone.done < milestone.total);
  open.sort((a, b) => a.due!.localeCompare(b.due!) || a.line - b.line);
  const enough = series.length > 0 && daysBetween(series[0]!.date, options.today) >= 14;
  const samples = enough ? weeklyThroughput(series, options.today, options.window) : [];
  let remaining = 0;
  return open.map((milestone) => {
    remaining += milestone.total - milestone.done;
    const weeks = enough ? weeksToFinish(remaining, samples) : null;
    const from = weeks === null ? null : addDays(options.today, weeks.low * 7);
    const to = weeks === null ? null : addDays(options.today, weeks.high * 7);
    const due = milestone.due!;
    return {
      title: milestone.title,
      file: milestone.file,
      line: milestone.line,
      due,
      from,
      to,
      lateDays: from === null || to === null ? null : { from: daysBetween(due, from), to: daysBetween(due, to) },
    };
  });
}
