/**
 * When will it land? Throughput is the tasks done in each of the last weeks (`--window`, default
 * 8), read off the history. The forecast replays those weeks at random, many times over, until the
 * open tasks are done, and gives the 25th to 75th percentile of the finishing dates: a range, never
 * one falsely exact day. It says "none", with the reason, when there is no throughput to project
 * or too little history to measure it.
 */
import { addDays, daysBetween } from '../report/calendar.js';

export interface SeriesPoint {
  date: string;
  done: number;
  total: number;
}

export type ForecastReason = 'no-throughput' | 'too-short' | 'no-history';

export interface Forecast {
  status: 'projected' | 'done' | 'none';
  from: string | null;
  to: string | null;
  /** The 25th and 75th percentile of the weekly counts. */
  throughputPerWeek: { low: number; high: number } | null;
  /** Their mean, for a window where most weeks did nothing. */
  meanPerWeek: number | null;
  window: number;
  due: string | null;
  /** Days from the due date to each end of the range: positive is late, negative early. */
  lateDays: { from: number; to: number } | null;
  reason: ForecastReason | null;
}

export const DEFAULT_WINDOW_WEEKS = 8;
/** History shorter than this measures no throughput. */
const MIN_HISTORY_DAYS = 14;
const TRIALS = 2000;
/** A forecast past this many weeks is no forecast. */
const HORIZON_WEEKS = 520;

/** Tasks done in each whole week of the window that the history covers, most recent first. */
export function weeklyThroughput(series: readonly SeriesPoint[], today: string, window: number): number[] {
  const first = series[0]?.date;
  if (first === undefined) return [];
  const samples: number[] = [];
  for (let week = 0; week < window; week++) {
    const end = addDays(today, -7 * week)!;
    const start = addDays(end, -7)!;
    if (start < first) break;
    samples.push(Math.max(0, doneOn(series, end) - doneOn(series, start)));
  }
  return samples;
}

/** Done as of the end of `date`: the last point on or before it. */
function doneOn(series: readonly SeriesPoint[], date: string): number {
  let done = 0;
  for (const point of series) {
    if (point.date > date) break;
    done = point.done;
  }
  return done;
}

export function forecast(series: readonly SeriesPoint[], options: { today: string; window: number; due: string | null }): Forecast {
  const base: Forecast = { status: 'none', from: null, to: null, throughputPerWeek: null, meanPerWeek: null, window: options.window, due: options.due, lateDays: null, reason: null };
  const last = series.at(-1);
  if (last === undefined) return { ...base, reason: 'no-history' };
  if (last.done >= last.total) return { ...base, status: 'done' };
  if (daysBetween(series[0]!.date, options.today) < MIN_HISTORY_DAYS) return { ...base, reason: 'too-short' };
  const samples = weeklyThroughput(series, options.today, options.window);
  const throughput = { low: round(percentile(samples, 0.25)), high: round(percentile(samples, 0.75)) };
  const meanPerWeek = round(samples.reduce((sum, sample) => sum + sample, 0) / Math.max(1, samples.length));
  const weeks = weeksToFinish(last.total - last.done, samples);
  if (weeks === null) return { ...base, throughputPerWeek: throughput, meanPerWeek, reason: 'no-throughput' };
  const from = addDays(options.today, weeks.low * 7)!;
  const to = addDays(options.today, weeks.high * 7)!;
  const lateDays = options.due === null ? null : { from: daysBetween(options.due, from), to: daysBetween(options.due, to) };
  return { ...base, status: 'projected', from, to, throughputPerWeek: throughput, meanPerWeek, lateDays };
}

/**
 * The 25th and 75th percentile of the weeks it takes to do `remaining` tasks, drawing a past week
 * at random for each week to come. Seeded, so that the same history gives the same forecast.
 * Null when no week did anything, or when it takes past the horizon.
 */
export function weeksToFinish(remaining: number, samples: readonly number[]): { low: number; high: number } | null {
  if (remaining <= 0) return { low: 0, high: 0 };
  if (!samples.some((sample) => sample > 0)) return null;
  const random = mulberry32(0x5eed);
  const trials: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    let left = remaining;
    let weeks = 0;
    while (left > 0 && weeks <= HORIZON_WEEKS) {
      left -= samples[Math.floor(random() * samples.length)]!;
      weeks++;
    }
    trials.push(weeks);
  }
  const low = percentile(trials, 0.25);
  const high = percentile(trials, 0.75);
  return high > HORIZON_WEEKS ? null : { low: Math.ceil(low), high: Math.ceil(high) };
}

/** Linear interpolation between the nearest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A small seeded generator: forecasts are reproducible, byte for byte. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
