/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Days are counted in UTC so that no time zone or
 * daylight-saving change can shift a date; years outside 1–9999 are refused rather than written
 * in a form no one could read back.
 */
import { memoise } from './memoise.js';

const DAY_MS = 86_400_000;

/**
 * The parts of a valid `YYYY-MM-DD`, or undefined (`2026-02-30` is not a date). Parsed once per
 * distinct date: a report reads the same anchors for every milestone.
 */
const parts = memoise(readParts);

function readParts(iso: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parts(value) !== undefined;
}

/** The date of a year, month (1-12) and day, or null outside years 1-9999 or the month's days. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function endOfMonth(year: number, month: number): string | null {
  return isoDate(year, month, daysInMonth(year, month));
}

/** `iso` plus `days` (negative to go back); null when the result leaves years 1-9999. */
export function addDays(iso: string, days: number): string | null {
  const p = parts(iso);
  if (!p) return null;
  const date = utc(p.year, p.month, p.day);
  date.setTime(date.getTime() + days * DAY_MS);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * `iso` plus whole calendar months. The day is kept, or clamped to the end of a shorter month:
 * January 31 plus one month is February 28 (29 in a leap year), never March 3.
 */
export function addMonths(iso: string, months: number): string | null {
  const p = parts(iso);
  if (!p) return null;
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 1 || year > 9999) return null;
  return isoDate(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** Whole days from `from` to `to`: positive when `to` is later. Both must be valid dates. */
export function daysBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  if (!a || !b) throw new RangeError(`not a YYYY-MM-DD date: ${a ? to : from}`);
  return Math.round((utc(b.year, b.month, b.day).getTime() - utc(a.year, a.month, a.day).getTime()) / DAY_MS);
}

/** A UTC midnight; setUTCFullYear because Date.UTC maps years 0-99 to 1900-1999. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
