/**
 * Timeline values (DESIGN.md §4) → due dates. Reading is separate from resolving: `parseTimeline`
 * says what a value means (a calendar date, a span after some start, or no deadline at all), and
 * `resolveTimeline` turns that into a date once an anchor is known. Pure; there is no clock here.
 */
import { memoise, memoiseAnchored } from './memoise.js';
import { addDays, addMonths, endOfMonth, isoDate } from './calendar.js';

/** What a Timeline value says, before an anchor is applied. */
export type Timeline =
  /** A calendar date. `from` is the first day of a named period (`Q3 2026` → 2026-07-01), null for a day. */
  | { kind: 'date'; date: string; from: string | null }
  /** A span after the anchor: `Immediate` is zero, `4-6 weeks` is 42 days, `Next 3-6 Months` is 6 months. */
  | { kind: 'span'; months: number; days: number }
  /** Deliberately open-ended: `Ongoing`, `6+ months`. */
  | { kind: 'open' };

/** A Timeline value with its anchor applied. */
export type Resolution =
  | { kind: 'due'; date: string; from: string | null }
  | { kind: 'open' }
  /** A span with nothing to count from. */
  | { kind: 'unanchored' }
  | { kind: 'unreadable' };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

/** Units of a span, as months and days. */
const UNITS: Array<[RegExp, { months: number; days: number }]> = [
  [/^(?:days?)$/, { months: 0, days: 1 }],
  [/^(?:weeks?|wks?)$/, { months: 0, days: 7 }],
  [/^(?:months?|mos?|mths?)$/, { months: 1, days: 0 }],
  [/^(?:quarters?)$/, { months: 3, days: 0 }],
  [/^(?:years?|yrs?)$/, { months: 12, days: 0 }],
];

const IMMEDIATE = /^(?:immediate|immediately|asap)$/;
const OPEN_WORDS = /^(?:ongoing|continuous|tbd|tba)$/;
/** `4-6 weeks`, `Next 3-6 Months`, `within 2 months`, `6+ months`. */
const SPAN = /^(?:(?:next|within|in)\s+)?(?:(\d{1,3})\s*(?:-|to)\s*)?(\d{1,3})\s*(\+)?\s*([a-z]+)$/;
/** `by 2026-01-15`, `end of Q3 2026`: the date is the same. */
const PREFIX = /^(?:due by|by the end of|by end of|end of|by|due)\s+/;

/** Each absolute form: a pattern and the period it names, as [from, to]. */
const YEAR = /\d{4}/;
const ABSOLUTE: Array<[RegExp, (m: RegExpExecArray) => [string | null, string | null]]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  [/^(\d{4})-(\d{2})$/, (m) => month(+m[1]!, +m[2]!)],
  [/^q([1-4])\s*[-/]?\s*(\d{4})$/, (m) => quarter(+m[2]!, +m[1]!)],
  [/^(\d{4})\s*[-/]?\s*q([1-4])$/, (m) => quarter(+m[1]!, +m[2]!)],
  [/^h([12])\s*[-/]?\s*(\d{4})$/, (m) => half(+m[2]!, +m[1]!)],
  [/^(\d{4})\s*[-/]?\s*h([12])$/, (m) => half(+m[1]!, +m[2]!)],
  [new RegExp(`^${MONTH},?\\s*(\\d{4})$`), (m) => month(+m[2]!, MONTHS[m[1]!]!)],
  [new RegExp(`^${MONTH}\\s+${ORDINAL},?\\s+(\\d{4})$`), (m) => day(+m[3]!, MONTHS[m[1]!]!, +m[2]!)],
  [new RegExp(`^${ORDINAL}\\s+${MONTH},?\\s+(\\d{4})$`), (m) => day(+m[3]!, MONTHS[m[2]!]!, +m[1]!)],
  [/^(\d{4})$/, (m) => [isoDate(+m[1]!, 1, 1), isoDate(+m[1]!, 12, 31)]],
];

/** What a Timeline (or Due, Start, Next Review) value means; null when it cannot be read. */
export const parseTimeline: (value: string) => Timeline | null = memoise(readTimeline);

function readTimeline(value: string): Timeline | null {
  const text = normalise(value);
  if (IMMEDIATE.test(text)) return { kind: 'span', months: 0, days: 0 };
  if (OPEN_WORDS.test(text)) return { kind: 'open' };
  const span = parseSpan(text);
  if (span !== undefined) return span;

  const bare = text.replace(PREFIX, '');
  // Every absolute form names a year. Most values tried here (the parts of heading titles) name
  // none, and then no pattern needs compiling: each costs its first use a fraction of a ms.
  if (!YEAR.test(bare)) return null;
  for (const [pattern, period] of ABSOLUTE) {
    const match = pattern.exec(bare);
    if (!match) continue;
    const [from, to] = period(match);
    if (to === null) return null;
    return { kind: 'date', date: to, from: from === to ? null : from };
  }
  return null;
}

/**
 * A value with its anchor (`YYYY-MM-DD`, or null when the document gives none) applied. Worked
 * out once per value and anchor: every milestone of a roadmap counts from the same anchor.
 */
export const resolveTimeline: (value: string, anchor: string | null) => Resolution = memoiseAnchored((value, anchor) =>
  applyAnchor(parseTimeline(value), anchor),
);

/** The horizon a heading title names, with its anchor applied; remembered like resolveTimeline. */
export const resolveHorizon: (heading: string, anchor: string | null) => Resolution = memoiseAnchored((heading, anchor) =>
  applyAnchor(headingHorizon(heading), anchor),
);

export function applyAnchor(timeline: Timeline | null, anchor: string | null): Resolution {
  if (timeline === null) return { kind: 'unreadable' };
  if (timeline.kind !== 'span') return timeline.kind === 'open' ? timeline : { kind: 'due', date: timeline.date, from: timeline.from };
  if (anchor === null) return { kind: 'unanchored' };
  const months = addMonths(anchor, timeline.months);
  const date = months === null ? null : addDays(months, timeline.days);
  return date === null ? { kind: 'unreadable' } : { kind: 'due', date, from: anchor };
}

/**
 * An exact day, for anchors and Start fields: `2025-11-04`, `November 4, 2025`, `4 Nov 2025`.
 * A time after an ISO date (`2025-11-28 14:00`, `2025-11-28T14:00:00Z`) is ignored.
 */
export const parseDay: (value: string) => string | null = memoise(readDay);

function readDay(value: string): string | null {
  const text = normalise(value).replace(/^(\d{4}-\d{2}-\d{2})(?:t|\s+)\d{1,2}:\d{2}\S*(?:\s+\S+)?$/, '$1');
  const timeline = parseTimeline(text);
  return timeline?.kind === 'date' && timeline.from === null ? timeline.date : null;
}

/**
 * The horizon a heading title names: `Medium-term Milestones (Next 3-6 Months)`,
 * `v1.1 — Marketing Ready (Target: Q1 2026)`, `Q2 2025: Foundation`, `2025 Q3`. Parenthesised
 * parts are tried first, then the text after the last separator, before the first, and the whole
 * title. Headings are prose, so a title that names no horizon is not a problem: null.
 */
export const headingHorizon: (heading: string) => Timeline | null = memoise(readHorizon);

function readHorizon(heading: string): Timeline | null {
  // Single spaces first: the separator pattern below would backtrack through long runs.
  const title = heading.replace(/\s+/g, ' ');
  const groups = [...title.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.replace(/^\s*(?:target|due|eta|deadline)\s*:\s*/i, ''));
  const rest = title.replace(/\([^()]*\)/g, ' ').trim();
  const segments = rest.split(/\s+[-–—|]\s+|:\s+/);
  const candidates = [...groups, segments.at(-1)!, segments[0]!, rest];
  for (const candidate of candidates) {
    const timeline = parseTimeline(candidate);
    if (timeline) return timeline;
  }
  return null;
}

function parseSpan(text: string): Timeline | undefined {
  const match = SPAN.exec(text);
  if (!match) return undefined;
  const unit = UNITS.find(([pattern]) => pattern.test(match[4]!))?.[1];
  if (!unit) return undefined;
  if (match[3] === '+') return { kind: 'open' };
  // A range is due at its far end; written backwards (`6-4 weeks`) it means the same.
  const count = Math.max(Number(match[2]), Number(match[1] ?? 0));
  return { kind: 'span', months: unit.months * count, days: unit.days * count };
}

function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}

function day(year: number, monthOfYear: number, dayOfMonth: number): [string | null, string | null] {
  const date = isoDate(year, monthOfYear, dayOfMonth);
  return [date, date];
}

function month(year: number, monthOfYear: number): [string | null, string | null] {
  return [isoDate(year, monthOfYear, 1), endOfMonth(year, monthOfYear)];
}

function quarter(year: number, q: number): [string | null, string | null] {
  return [isoDate(year, q * 3 - 2, 1), endOfMonth(year, q * 3)];
}

function half(year: number, h: number): [string | null, string | null] {
  return [isoDate(year, h * 6 - 5, 1), endOfMonth(year, h * 6)];
}
