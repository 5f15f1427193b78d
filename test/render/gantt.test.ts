import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { axis, escapeTaskName, escapeText, renderGantt } from '../../src/render/gantt.js';
import { buildReport } from '../../src/report/index.js';
import { seedText } from '../helpers/fixtures.js';
import { SEED_GANTT } from '../helpers/seed.js';

function gantt(text: string, today = '2026-11-27'): string | null {
  const document = parseRoadmap({ path: 'roadmap/plan.md', text, diagnostics: [] });
  return renderGantt(buildReport([document], { today }).roadmaps[0]!, today);
}

describe('renderGantt', () => {
  it('charts the seed: a section per roadmap section, overdue milestones crit', () => {
    expect(gantt(seedText())).toBe(SEED_GANTT.join('\n'));
  });

  it('tags done and overdue milestones, says how far along the rest are; bars start at Start, a period, the anchor or two weeks back', () => {
    const text = [
      '# Plan',
      '**Generated**: 2026-01-01',
      '- [ ] loose task above every section',
      '## Now',
      '### Done\n\n**Due**: 2026-02-01\n\n- [x] a',
      '### Under way\n\n**Start**: 2026-03-01  \n**Due**: 2026-12-31\n\n- [x] a\n- [ ] b',
      '### Late and under way\n\n**Timeline**: 4 weeks\n\n- [x] a\n- [ ] b',
      '### Not begun\n\n**Timeline**: Q4 2026\n\n- [ ] a',
      '## Later',
      '### Starts after it is due\n\n**Start**: 2027-03-01  \n**Due**: 2027-02-01\n\n- [ ] a',
      '### Undated\n\n- [ ] a',
    ].join('\n\n');
    expect(gantt(text, '2026-06-01')).toBe(
      [
        '%%{init: {"gantt":{"leftPadding":75}}}%%',
        'gantt',
        '    title Plan',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %b %Y',
        '    tickInterval 2month',
        '    todayMarker off',
        '    Today 2026-06-01 :milestone, 2026-06-01, 0d',
        '    section Now',
        '    Done :done, 2026-01-01, 2026-02-01',
        '    Under way (50% done) :2026-03-01, 2026-12-31',
        '    Late and under way (50% done, 123d late) :crit, 2026-01-01, 2026-01-29',
        '    Not begun :2026-10-01, 2026-12-31',
        '    section Later',
        '    Starts after it is due :2027-01-18, 2027-02-01',
      ].join('\n'),
    );
  });

  it('puts tasks above every section first, before any section line; a task named like a keyword is escaped', () => {
    const text = '# Launch (Q1 2026)\n\n- [ ] loose\n\n## Section\n\n**Due**: 2026-02-01\n\n- [ ] a\n';
    expect(gantt(text, '2025-01-01')).toBe(
      [
        '%%{init: {"gantt":{"leftPadding":75}}}%%',
        'gantt',
        '    title Launch (Q1 2026)',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %b %Y',
        '    tickInterval 2month',
        '    todayMarker off',
        '    Today 2025-01-01 :milestone, 2025-01-01, 0d',
        '    Launch (Q1 2026) :2026-01-01, 2026-03-31',
        '    section Section',
        '    #83;ection :2026-01-18, 2026-02-01',
      ].join('\n'),
    );
  });

  it('is null when no milestone has a due date', () => {
    expect(gantt('# Plan\n\n## A\n\n- [ ] a\n')).toBeNull();
  });

  it('escapes what would break the chart, in titles, sections and task names', () => {
    const text = [
      '# Roadmap: 100% #1; v2',
      '## Phase 1: build; ship #2',
      '### Step 1: design\n\n**Due**: 2026-03-01\n\n- [ ] a',
      '### Title page\n\n**Due**: 2026-03-01\n\n- [ ] a',
      '### Section 508 audit\n\n**Due**: 2026-03-01\n\n- [ ] a',
      '### gantt clean-up\n\n**Due**: 2026-03-01\n\n- [ ] a',
      '### click tracking\n\n**Due**: 2026-03-01\n\n- [ ] a',
      '### 2026-03-01 cut-over\n\n**Due**: 2026-03-01\n\n- [ ] a',
      '### Coverage 80%%\n\n**Due**: 2026-03-01\n\n- [ ] a',
    ].join('\n\n');
    expect(gantt(text, '2026-01-01')).toBe(
      [
        '%%{init: {"gantt":{"leftPadding":160}}}%%',
        'gantt',
        '    title Roadmap#58; 100#37; #35;1#59; v2',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %d %b',
        '    tickInterval 1week',
        '    todayMarker off',
        '    Today 2026-01-01 :milestone, 2026-01-01, 0d',
        '    section Phase 1#58; build#59; ship<br>#35;2',
        '    Step 1#58; design :2026-02-15, 2026-03-01',
        '    #84;itle page :2026-02-15, 2026-03-01',
        '    #83;ection 508 audit :2026-02-15, 2026-03-01',
        '    #103;antt clean-up :2026-02-15, 2026-03-01',
        '    #99;lick tracking :2026-02-15, 2026-03-01',
        '    #50;026-03-01 cut-over :2026-02-15, 2026-03-01',
        '    Coverage 80#37;#37; :2026-02-15, 2026-03-01',
      ].join('\n'),
    );
  });
});

describe('axis', () => {
  it.each([
    ['a fortnight: a tick a day', '2026-01-01', '2026-01-08', '%d %b', '1day'],
    ['two months: a tick a week', '2026-01-01', '2026-03-01', '%d %b', '1week'],
    ['five months: a tick a fortnight or month, day and month', '2026-01-01', '2026-06-01', '%d %b', '1month'],
    ['a year: months and years', '2026-01-01', '2027-01-01', '%b %Y', '2month'],
    ['three years: a tick every half year', '2026-01-01', '2029-01-01', '%b %Y', '6month'],
    ['ten years: a tick a year at most', '2020-01-01', '2030-01-01', '%b %Y', '12month'],
  ])('%s', (_name, first, last, axisFormat, tickInterval) => {
    expect(axis(first, last)).toEqual({ axisFormat, tickInterval });
  });
});

describe('section names', () => {
  it('breaks a long name over lines, escapes markup in it, and widens the margin to the longest line', () => {
    const chart = gantt('# P\n\n## A very long section name <br> that goes on and on and on\n\n**Due**: 2026-03-01\n\n- [ ] a\n', '2026-01-01')!;
    expect(chart).toContain('    section A very long section<br>name #60;br#62; that goes on<br>and on and on\n');
    expect(chart.split('\n')[0]).toBe('%%{init: {"gantt":{"leftPadding":174}}}%%');
  });
});

describe('escapeText', () => {
  it.each([
    ['<b>x</b>', '#60;b#62;x#60;/b#62;'],
    ['plain', 'plain'],
    ['a: b', 'a#58; b'],
    ['#58;', '#35;58#59;'],
    ['a;b', 'a#59;b'],
    ['50%', '50#37;'],
    ['line\nbreak\u001b[31m', 'line break'],
  ])('%j → %j', (text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });
});

describe('escapeTaskName', () => {
  it.each([
    ['Sections', '#83;ections'],
    ['dateFormat x', '#100;ateFormat x'],
    ['Excludes: none', '#69;xcludes#58; none'],
    ['Progress', 'Progress'],
    ['Recall', 'Recall'],
  ])('%j → %j', (text, expected) => {
    expect(escapeTaskName(text)).toBe(expected);
  });
});
