import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { overdueMilestones } from '../../src/report/due.js';
import { buildReport } from '../../src/report/index.js';

function report(text: string, today = '2026-11-27') {
  return buildReport([parseRoadmap({ path: 'roadmap/plan.md', text, diagnostics: [] })], { today });
}

function roadmap(text: string, today?: string) {
  return report(text, today).roadmaps[0]!;
}

/** Title → due date, for every milestone. */
function dues(text: string): Record<string, string | null> {
  return Object.fromEntries(roadmap(text).milestones.map((m) => [m.title, m.due]));
}

describe('the anchor spans count from', () => {
  it.each([
    ['the milestone\'s own Start field', '**Generated**: 2026-01-01\n\n## A\n**Start**: 2026-03-01  \n**Timeline**: 2 weeks\n\n- [ ] a\n', '2026-03-15'],
    ['the Generated field', '**Generated**: 2026-01-01  \n**Last Updated**: 2026-02-01\n\n## A\n**Timeline**: 2 weeks\n\n- [ ] a\n', '2026-01-15'],
    ['front matter generated', '---\ngenerated: 2026-01-01\n---\n# P\n\n## A\n**Timeline**: 2 weeks\n\n- [ ] a\n', '2026-01-15'],
    ['front matter generated, quoted', '---\ngenerated: "2026-01-01"\n---\n# P\n\n## A\n**Timeline**: 2 weeks\n\n- [ ] a\n', '2026-01-15'],
    ['Last Updated when nothing says Generated', '## A\n**Timeline**: 2 weeks\n\n- [ ] a\n\n---\n\n**Last Updated**: 2026-02-01\n', '2026-02-15'],
    ['Last Updated when Generated cannot be read', '**Generated**: [Date]  \n**Last Updated**: October 17, 2025\n\n## A\n**Timeline**: 2 weeks\n\n- [ ] a\n', '2025-10-31'],
    ['a Start field on a heading above', '**Generated**: 2026-01-01\n\n## Phase\n**Start**: 2026-06-01\n\n### A\n**Timeline**: 1 month\n\n- [ ] a\n', '2026-07-01'],
  ])('%s', (_name, text, expected) => {
    expect(roadmap(text).milestones.at(-1)!.due).toBe(expected);
  });

  it('no anchor, no due date from a span: a warning says what to add; calendar dates still count', () => {
    const result = roadmap('# P\n\n## A\n**Timeline**: 4-6 weeks\n\n- [ ] a\n\n## B\n**Timeline**: Q3 2026\n\n- [ ] b\n\n## C (Next 1-2 Months)\n\n- [ ] c\n');
    expect(result.milestones.map((m) => m.due)).toEqual([null, '2026-09-30', null]);
    expect(result.diagnostics).toEqual([
      {
        file: 'roadmap/plan.md',
        line: 4,
        column: 1,
        severity: 'warning',
        rule: 'timeline',
        message:
          'Timeline "4-6 weeks" counts from a start date, and there is none: give the milestone a Start field, ' +
          'or the document a Generated or Last Updated date',
      },
    ]);
  });

  it('a Start field that is not a date is a warning, and the document anchor is used', () => {
    const result = roadmap('**Generated**: 2026-01-01\n\n## A\n**Start**: after the beta  \n**Timeline**: 2 weeks\n\n- [ ] a\n');
    expect(result.milestones[0]!.due).toBe('2026-01-15');
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '4:1 timeline Start "after the beta" is not a date; write it as YYYY-MM-DD',
    ]);
  });
});

describe('which field or heading decides', () => {
  it('Due wins over Timeline, whichever comes first', () => {
    const text =
      '**Generated**: 2026-01-01\n\n## A\n**Timeline**: 2 weeks  \n**Due**: 2026-06-01\n\n- [ ] a\n\n' +
      '## B\n**Due**: by 2026-07-01  \n**Timeline**: Q1 2026\n\n- [ ] b\n';
    expect(dues(text)).toEqual({ A: '2026-06-01', B: '2026-07-01' });
  });

  it('without a Timeline: its own heading, then the nearest heading above with a horizon or a field', () => {
    const text = [
      '**Generated**: 2025-11-04',
      '## Later (Next 3-6 Months)',
      '### Inherits',
      '- [ ] a',
      '#### Deeper',
      '- [ ] b',
      '### Own horizon (Q1 2026)',
      '- [ ] c',
      '## Vision (6+ Months)',
      '### Open ended',
      '- [ ] d',
      '## Phase two',
      '**Timeline**: H2 2026',
      '- [ ] e',
      '### Under phase two',
      '- [ ] f',
      '## Plain',
      '### Nothing',
      '- [ ] g',
    ].join('\n\n');
    expect(dues(text)).toEqual({
      Inherits: '2026-05-04',
      Deeper: '2026-05-04',
      'Own horizon (Q1 2026)': '2026-03-31',
      'Open ended': null,
      'Phase two': '2026-12-31',
      'Under phase two': '2026-12-31',
      Nothing: null,
    });
  });

  it('an unreadable Timeline is a warning on its line and column, with no due date and no fallback', () => {
    const result = roadmap('**Generated**: 2025-11-04\n\n## Soon (Next 1-2 Months)\n\n### A\n**Priority**: High  \n**Timeline**: when ready\n\n- [ ] a\n');
    expect(result.milestones[0]!.due).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ line: 7, column: 1, severity: 'warning', rule: 'timeline' });
    expect(result.diagnostics[0]!.message).toBe(
      'Timeline "when ready" cannot be read as a date; write e.g. 2026-03-31, Q1 2026, March 2026, 4-6 weeks or Ongoing',
    );
  });

  it('an unreadable Timeline on a heading above is reported once, on that heading, and skipped below it', () => {
    const result = roadmap('**Generated**: 2025-11-04\n\n## Phase (Q1 2026)\n**Timeline**: soon\n\n### A\n\n- [ ] a\n');
    expect(result.milestones.map((m) => [m.title, m.due])).toEqual([
      ['Phase (Q1 2026)', null],
      ['A', '2026-03-31'],
    ]);
    expect(result.diagnostics.map((d) => d.line)).toEqual([4]);
  });
});

describe('overdue', () => {
  const text = [
    '**Generated**: 2026-01-01',
    '## Past and open',
    '**Due**: 2026-03-01',
    '- [x] a',
    '- [ ] b',
    '## Past and done',
    '**Due**: 2026-03-01',
    '- [x] a',
    '## Past and empty',
    '**Due**: 2026-03-01',
    '## Due today',
    '**Due**: 2026-06-01',
    '- [ ] a',
    '## Future',
    '**Due**: 2026-12-01',
    '- [ ] a',
    '## Undated',
    '- [ ] a',
  ].join('\n\n');

  it('is a due date before today with open tasks: done milestones never are', () => {
    const result = roadmap(text, '2026-06-01');
    expect(Object.fromEntries(result.milestones.map((m) => [m.title, m.overdue]))).toEqual({
      'Past and open': true,
      'Past and done': false,
      'Past and empty': false,
      'Due today': false,
      Future: false,
      Undated: false,
    });
    expect(overdueMilestones(result).map((m) => m.title)).toEqual(['Past and open']);
  });

  it('overdueMilestones lists every roadmap of a report, in order', () => {
    const documents = ['a', 'b'].map((name) => parseRoadmap({ path: `roadmap/${name}.md`, text, diagnostics: [] }));
    const whole = buildReport(documents, { today: '2026-12-02' });
    expect(overdueMilestones(whole).map((m) => `${m.file} ${m.title}`)).toEqual([
      'roadmap/a.md Past and open',
      'roadmap/a.md Due today',
      'roadmap/a.md Future',
      'roadmap/b.md Past and open',
      'roadmap/b.md Due today',
      'roadmap/b.md Future',
    ]);
  });
});

describe('review', () => {
  it.each([
    ['no Next Review', '# P\n', '2026-11-27', null],
    ['a review to come', '**Next Review**: 2026-12-11\n', '2026-11-27', { next: '2026-12-11', overdueDays: 0, line: 1, column: 1 }],
    ['a review due today', '**Next Review**: 2026-11-27\n', '2026-11-27', { next: '2026-11-27', overdueDays: 0, line: 1, column: 1 }],
    ['a review one day late', '**Next Review**: 2026-11-26\n', '2026-11-27', { next: '2026-11-26', overdueDays: 1, line: 1, column: 1 }],
    ['the seed\'s review', '# P\n\n---\n\n**Next Review**: 2025-12-04\n', '2026-11-27', { next: '2025-12-04', overdueDays: 358, line: 5, column: 1 }],
    // Front matter fields point at the start of the file, where the block begins.
    ['front matter next_review', '---\nnext_review: 2026-01-01\n---\n# P\n', '2026-01-11', { next: '2026-01-01', overdueDays: 10, line: 1, column: 1 }],
    ['a month', '**Next Review**: December 2026\n', '2027-01-01', { next: '2026-12-31', overdueDays: 1, line: 1, column: 1 }],
  ])('%s', (_name, text, today, expected) => {
    expect(roadmap(text, today).review).toEqual(expected);
  });

  it('a Next Review that is not a date is a warning, and no review', () => {
    const result = roadmap('# P\n\n**Next Review**: Monthly\n');
    expect(result.review).toBeNull();
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['3:1 timeline warning']);
    expect(result.diagnostics[0]!.message).toMatch(/^Next Review "Monthly" cannot be read as a date/);
  });
});

describe('start, for charts', () => {
  it('is the Start field, else the first day of a named period, else the anchor', () => {
    const text = [
      '**Generated**: 2026-01-01',
      '## Started\n\n**Start**: 2026-02-01  \n**Due**: Q3 2026\n\n- [ ] a',
      '## Quarter\n\n**Timeline**: Q3 2026\n\n- [ ] a',
      '## Span\n\n**Timeline**: 2 weeks\n\n- [ ] a',
      '## Day\n\n**Due**: 2026-05-01\n\n- [ ] a',
    ].join('\n\n');
    expect(roadmap(text).milestones.map((m) => `${m.title} ${m.start} → ${m.due}`)).toEqual([
      'Started 2026-02-01 → 2026-09-30',
      'Quarter 2026-07-01 → 2026-09-30',
      'Span 2026-01-01 → 2026-01-15',
      'Day 2026-01-01 → 2026-05-01',
    ]);
  });
});
