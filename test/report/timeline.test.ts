import { describe, expect, it } from 'vitest';
import { applyAnchor, headingHorizon, parseDay, parseTimeline, type Resolution, resolveTimeline } from '../../src/report/timeline.js';

const ANCHOR = '2025-11-04';
const due = (date: string, from: string | null = null): Resolution => ({ kind: 'due', date, from });
const open: Resolution = { kind: 'open' };
const unreadable: Resolution = { kind: 'unreadable' };

describe('resolveTimeline: every form of DESIGN.md §4, anchored on 2025-11-04', () => {
  it.each<[string, Resolution]>([
    // Immediate → the anchor.
    ['Immediate', due(ANCHOR, ANCHOR)],
    ['immediately', due(ANCHOR, ANCHOR)],
    ['IMMEDIATE', due(ANCHOR, ANCHOR)],
    // N weeks, N-M weeks → anchor + M weeks.
    ['1 week', due('2025-11-11', ANCHOR)],
    ['2 weeks', due('2025-11-18', ANCHOR)],
    ['4-6 weeks', due('2025-12-16', ANCHOR)],
    ['4–6 weeks', due('2025-12-16', ANCHOR)],
    ['4—6 Weeks', due('2025-12-16', ANCHOR)],
    ['4 - 8 weeks', due('2025-12-30', ANCHOR)],
    ['6-8 WEEKS', due('2025-12-30', ANCHOR)],
    ['next 2 weeks', due('2025-11-18', ANCHOR)],
    ['within 10 days', due('2025-11-14', ANCHOR)],
    // N-M months, Next N-M Months → anchor + M calendar months.
    ['1 month', due('2025-12-04', ANCHOR)],
    ['1-2 months', due('2026-01-04', ANCHOR)],
    ['3–6 months', due('2026-05-04', ANCHOR)],
    ['Next 3-6 Months', due('2026-05-04', ANCHOR)],
    ['next 1–2 months', due('2026-01-04', ANCHOR)],
    ['2 quarters', due('2026-05-04', ANCHOR)],
    ['1-2 years', due('2027-11-04', ANCHOR)],
    // N+ months, Ongoing → no deadline.
    ['6+ months', open],
    ['6+ Months', open],
    ['12+ weeks', open],
    ['Next 6+ months', open],
    ['Ongoing', open],
    ['ongoing', open],
    ['TBD', open],
    // Dates.
    ['2026-01-15', due('2026-01-15')],
    ['by 2026-01-15', due('2026-01-15')],
    ['By 2026-01-15', due('2026-01-15')],
    ['due 2026-01-15', due('2026-01-15')],
    ['March 15, 2026', due('2026-03-15')],
    ['15 March 2026', due('2026-03-15')],
    ['Mar 1st 2026', due('2026-03-01')],
    // Qn YYYY → the last day of the quarter.
    ['Q1 2026', due('2026-03-31', '2026-01-01')],
    ['Q2 2026', due('2026-06-30', '2026-04-01')],
    ['Q3 2026', due('2026-09-30', '2026-07-01')],
    ['q4 2026', due('2026-12-31', '2026-10-01')],
    ['2026-Q3', due('2026-09-30', '2026-07-01')],
    ['2026 Q3', due('2026-09-30', '2026-07-01')],
    ['by Q3 2026', due('2026-09-30', '2026-07-01')],
    ['end of Q3 2026', due('2026-09-30', '2026-07-01')],
    // Hn YYYY → the last day of the half.
    ['H1 2026', due('2026-06-30', '2026-01-01')],
    ['h2 2026', due('2026-12-31', '2026-07-01')],
    // Month YYYY → the last day of the month; full and three-letter names.
    ['March 2026', due('2026-03-31', '2026-03-01')],
    ['Mar 2026', due('2026-03-31', '2026-03-01')],
    ['MARCH 2026', due('2026-03-31', '2026-03-01')],
    ['February 2028', due('2028-02-29', '2028-02-01')],
    ['Feb 2026', due('2026-02-28', '2026-02-01')],
    ['Sept 2026', due('2026-09-30', '2026-09-01')],
    ['Dec. 2026', due('2026-12-31', '2026-12-01')],
    ['2026-04', due('2026-04-30', '2026-04-01')],
    ['2026', due('2026-12-31', '2026-01-01')],
    // Anything else: unreadable.
    ['soon', unreadable],
    ['soon-ish', unreadable],
    ['', unreadable],
    ['Q5 2026', unreadable],
    ['H3 2026', unreadable],
    ['2026-02-30', unreadable],
    ['2026-13-01', unreadable],
    ['4-6 sprints', unreadable],
    ['Marchy 2026', unreadable],
    ['next sprint', unreadable],
    ['2 weeks ago', unreadable],
    ['1000 weeks', unreadable],
  ])('%j', (value, expected) => {
    expect(resolveTimeline(value, ANCHOR)).toEqual(expected);
  });

  it('month arithmetic clamps: January 31 plus a month is the end of February', () => {
    expect(resolveTimeline('1 month', '2026-01-31')).toEqual(due('2026-02-28', '2026-01-31'));
    expect(resolveTimeline('Next 1 Month', '2028-01-31')).toEqual(due('2028-02-29', '2028-01-31'));
    expect(resolveTimeline('1-2 months', '2026-01-31')).toEqual(due('2026-03-31', '2026-01-31'));
  });

  it('a span needs an anchor; a calendar date does not', () => {
    for (const span of ['Immediate', '2 weeks', '4-6 weeks', 'Next 3-6 Months']) {
      expect(resolveTimeline(span, null)).toEqual({ kind: 'unanchored' });
    }
    expect(resolveTimeline('Q3 2026', null)).toEqual(due('2026-09-30', '2026-07-01'));
    expect(resolveTimeline('Ongoing', null)).toEqual(open);
  });

  it('a span that runs past the year 9999 cannot be read', () => {
    expect(resolveTimeline('999 years', '9990-01-01')).toEqual(unreadable);
  });
});

describe('parseTimeline', () => {
  it('keeps a span apart from its anchor', () => {
    expect(parseTimeline('4-6 weeks')).toEqual({ kind: 'span', months: 0, days: 42 });
    expect(parseTimeline('Next 3-6 Months')).toEqual({ kind: 'span', months: 6, days: 0 });
    expect(parseTimeline('Immediate')).toEqual({ kind: 'span', months: 0, days: 0 });
  });
});

describe('parseDay: exact days, for anchors and Start fields', () => {
  it.each<[string, string | null]>([
    ['2025-11-04', '2025-11-04'],
    ['November 4, 2025', '2025-11-04'],
    ['October 17, 2025', '2025-10-17'],
    ['4 Nov 2025', '2025-11-04'],
    ['2025-11-28 14:00', '2025-11-28'],
    ['2025-11-28 14:00 UTC', '2025-11-28'],
    ['2025-11-28T14:00:00Z', '2025-11-28'],
    ['Q3 2026', null],
    ['March 2026', null],
    ['2 weeks', null],
    ['[Date]', null],
    ['2025-02-29', null],
  ])('%j → %s', (value, expected) => {
    expect(parseDay(value)).toBe(expected);
  });
});

describe('headingHorizon: a range in a heading title', () => {
  it.each<[string, string | null]>([
    ['Medium-term Milestones (Next 3-6 Months)', '2026-05-04'],
    ['Short-term Milestones (Next 1-2 Months)', '2026-01-04'],
    ['Short-term Milestones (Next 1–2 Months)', '2026-01-04'],
    ['Milestones — Next 3-6 months', '2026-05-04'],
    ['Beta - March 2026', '2026-03-31'],
    ['v1.1 — Marketing Ready (Target: Q1 2026)', '2026-03-31'],
    ['Q2 2025: Foundation (Current)', '2025-06-30'],
    ['2025 Q3', '2025-09-30'],
    ['Q1 2025', '2025-03-31'],
    ['Critical Path (Blocking Release)', null],
    ['Medium-term Milestones', null],
    ['Overview', null],
    ['High Priority (This Week)', null],
    ['Pre-Release (1 week before)', null],
    ['v1.0 — MVP Complete (Completed: 2026-01-13)', null],
    ['M4 - Tool Execution (Critical) - In Progress', null],
  ])('%j → %s', (title, expected) => {
    const resolution = applyAnchor(headingHorizon(title), ANCHOR);
    expect(resolution.kind === 'due' ? resolution.date : null).toBe(expected);
  });

  it('`(6+ Months)` names a horizon with no deadline', () => {
    expect(headingHorizon('Long-term Vision (6+ Months)')).toEqual({ kind: 'open' });
  });
});

describe('pathological input', () => {
  it('reads a heading of long white-space runs in linear time', () => {
    expect(headingHorizon(`1${' '.repeat(100_000)}+x - y`)).toBeNull();
    expect(parseTimeline(`4${' '.repeat(100_000)}- 6 weeks`)).toEqual({ kind: 'span', months: 0, days: 42 });
  });
});
