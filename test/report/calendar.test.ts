import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, endOfMonth, isIsoDate } from '../../src/report/calendar.js';

describe('addMonths: calendar months, the day clamped to a shorter month', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2000-01-31', 1, '2000-02-29'],
    ['1900-01-31', 1, '1900-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-11-04', 6, '2026-05-04'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-04', 0, '2026-05-04'],
    ['2026-01-31', 12, '2027-01-31'],
    ['0050-06-30', 1, '0050-07-30'],
    ['9999-12-01', 1, null],
    ['0001-01-01', -1, null],
    ['2026-02-30', 1, null],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2025-11-04', 42, '2025-12-16'],
    ['2025-11-04', 56, '2025-12-30'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-11-04', -14, '2025-10-21'],
    ['0050-01-01', 1, '0050-01-02'],
    ['9999-12-31', 1, null],
    ['not a date', 1, null],
  ])('%s + %i days → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('is undone by daysBetween', () => {
    const date = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (start, days) => {
        expect(daysBetween(start, addDays(start, days)!)).toBe(days);
      }),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-12-04', '2026-11-27', 358],
    ['2026-11-27', '2025-12-04', -358],
    ['2026-11-27', '2026-11-27', 0],
    ['2028-02-28', '2028-03-01', 2],
    // Daylight-saving changes happen in local time, never in these UTC days.
    ['2026-03-28', '2026-03-30', 2],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('refuses what is not a date', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(/2026-02-30/);
  });
});

describe('isIsoDate and endOfMonth', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['0000-01-01', false],
    ['2026-01-15 ', false],
  ])('%j is a date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    [2026, 2, '2026-02-28'],
    [2024, 2, '2024-02-29'],
    [2026, 4, '2026-04-30'],
    [2026, 12, '2026-12-31'],
  ])('%i-%i ends on %s', (year, month, expected) => {
    expect(endOfMonth(year, month)).toBe(expected);
  });
});
