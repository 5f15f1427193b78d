import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { escapeTaskName, escapeText, renderGantt } from '../../src/render/gantt.js';
import { buildReport } from '../../src/report/index.js';
import { seedText } from '../helpers/fixtures.js';
import { SEED_GANTT } from '../helpers/seed.js';

function gantt(text: string, today = '2026-11-27'): string | null {
  const document = parseRoadmap({ path: 'roadmap/plan.md', text, diagnostics: [] });
  return renderGantt(buildReport([document], { today }).roadmaps[0]!);
}

describe('renderGantt', () => {
  it('charts the seed: a section per roadmap section, overdue milestones crit', () => {
    expect(gantt(seedText())).toBe(SEED_GANTT.join('\n'));
  });

  it('tags done, under way and overdue milestones; bars start at Start, a period, the anchor or two weeks back', () => {
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
        'gantt',
        '    title Plan',
        '    dateFormat YYYY-MM-DD',
        '    section Now',
        '    Done :done, 2026-01-01, 2026-02-01',
        '    Under way :active, 2026-03-01, 2026-12-31',
        '    Late and under way :active, crit, 2026-01-01, 2026-01-29',
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
        'gantt',
        '    title Launch (Q1 2026)',
        '    dateFormat YYYY-MM-DD',
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
        'gantt',
        '    title Roadmap#58; 100#37; #35;1#59; v2',
        '    dateFormat YYYY-MM-DD',
        '    section Phase 1#58; build#59; ship #35;2',
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

describe('escapeText', () => {
  it.each([
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
