import { describe, expect, it } from 'vitest';
import { forecast, percentile, weeklyThroughput, weeksToFinish } from '../../src/history/forecast.js';

describe('percentile', () => {
  it.each([
    [[], 0.5, 0],
    [[4], 0.25, 4],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[0, 0, 0, 8], 0.75, 2],
  ])('%j at %d is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('weeklyThroughput', () => {
  const series = [
    { date: '2026-11-01', done: 0, total: 10 },
    { date: '2026-11-10', done: 3, total: 10 },
    { date: '2026-11-20', done: 2, total: 12 },
    { date: '2026-11-25', done: 6, total: 12 },
  ];
  it('counts the tasks done in each whole week the history covers, newest first; a reopened task counts as none', () => {
    // Weeks ending 12-01, 11-24, 11-17, 11-10, 11-03; the week ending 10-27 starts before the history.
    expect(weeklyThroughput(series, '2026-12-01', 8)).toEqual([4, 0, 0, 3]);
  });
  it('stops at the window', () => {
    expect(weeklyThroughput(series, '2026-12-01', 2)).toEqual([4, 0]);
  });
});

describe('weeksToFinish', () => {
  it('is exact for a steady pace', () => {
    expect(weeksToFinish(10, [2, 2, 2])).toEqual({ low: 5, high: 5 });
  });
  it('is a range for an uneven one, the same on every call', () => {
    const range = weeksToFinish(30, [0, 1, 2, 6, 3, 0, 4, 2]);
    expect(range!.low).toBeLessThan(range!.high);
    expect(weeksToFinish(30, [0, 1, 2, 6, 3, 0, 4, 2])).toEqual(range);
  });
  it('is null when no week did anything, or it would take more than ten years', () => {
    expect(weeksToFinish(5, [0, 0, 0])).toBeNull();
    expect(weeksToFinish(100_000, [1])).toBeNull();
  });
  it('is nothing to do when nothing is open', () => {
    expect(weeksToFinish(0, [])).toEqual({ low: 0, high: 0 });
  });
});

describe('forecast', () => {
  const steady = Array.from({ length: 9 }, (_, week) => ({
    date: new Date(Date.UTC(2026, 9, 9 + week * 7)).toISOString().slice(0, 10),
    done: week * 2,
    total: 36,
  }));
  it.each([
    ['no history', [], null, { status: 'none', reason: 'no-history' }],
    ['nothing open', [{ date: '2026-01-01', done: 3, total: 3 }], null, { status: 'done', reason: null }],
    ['too short', [{ date: '2026-11-30', done: 0, total: 3 }], null, { status: 'none', reason: 'too-short' }],
    ['no throughput', [{ date: '2026-01-01', done: 0, total: 3 }], null, { status: 'none', reason: 'no-throughput' }],
    ['late', steady, '2027-01-31', { status: 'projected', from: '2027-02-12', to: '2027-02-12', lateDays: { from: 12, to: 12 } }],
    ['early', steady, '2027-06-01', { status: 'projected', lateDays: { from: -109, to: -109 } }],
  ])('%s', (_name, series, due, expected) => {
    expect(forecast(series, { today: '2026-12-04', window: 8, due })).toMatchObject(expected);
  });
});
