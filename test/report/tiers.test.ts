import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/model/tier.js';
import { parseRoadmap } from '../../src/parse/document.js';
import { buildReport } from '../../src/report/index.js';

function report(text: string, settings = DEFAULT_SETTINGS) {
  const document = parseRoadmap({ path: 'r.md', text, diagnostics: [] }, settings);
  return buildReport([document], { today: '2026-11-27', settings }).roadmaps[0]!;
}

const milestone = (text: string) => report(text).milestones[0]!;

describe('tier resolution (DESIGN.md §2)', () => {
  it.each<[string, string, string, string]>([
    // name, markdown, tier, source
    ['explicit CRITICAL', '## M\n**Priority**: CRITICAL\n- [ ] a\n', 'critical', 'explicit'],
    ['explicit P0', '## M\n**Priority**: P0\n- [ ] a\n', 'critical', 'explicit'],
    ['explicit urgent', '## M\n**Priority**: Urgent\n- [ ] a\n', 'critical', 'explicit'],
    ['explicit blocker', '## M\n**Priority**: blocker\n- [ ] a\n', 'critical', 'explicit'],
    ['explicit p1', '## M\n**Priority**: p1\n- [ ] a\n', 'high', 'explicit'],
    ['explicit important', '## M\n**Priority**: Important\n- [ ] a\n', 'high', 'explicit'],
    ['explicit moderate', '## M\n**Priority**: moderate\n- [ ] a\n', 'medium', 'explicit'],
    ['explicit P2 with words', '## M\n**Priority**: P2 (normal)\n- [ ] a\n', 'medium', 'explicit'],
    ['explicit nice to have', '## M\n**Priority**: Nice to have\n- [ ] a\n', 'low', 'explicit'],
    ['explicit p4', '## M\n**Priority**: p4\n- [ ] a\n', 'low', 'explicit'],
    ['explicit on a parent heading', '## Sec\n**Priority**: high\n### M\n- [ ] a\n', 'high', 'explicit'],
    ['explicit beats a tier word', '## Long-term\n### M\n**Priority**: high\n- [ ] a\n', 'high', 'explicit'],
    ['front matter priority', '---\npriority: p1\n---\n## M\n- [ ] a\n', 'high', 'explicit'],
    ['field beats front matter', '---\npriority: low\n---\n## M\n**Priority**: critical\n- [ ] a\n', 'critical', 'explicit'],
    ['inherited from the section', '## Short-term Milestones (Next 1-2 Months)\n### M\n- [ ] a\n', 'high', 'inherited'],
    ['medium-term wins over next', '## Medium-term Milestones (Next 3-6 Months)\n### M\n- [ ] a\n', 'medium', 'inherited'],
    ['long-term', '## Long-term Vision (6+ Months)\n### M\n- [ ] a\n', 'low', 'inherited'],
    ['the own heading counts as inherited', '## Now\n- [ ] a\n', 'high', 'inherited'],
    ['plural', '## Blockers\n- [ ] a\n', 'critical', 'inherited'],
    ['short term with a space', '## Short term\n- [ ] a\n', 'high', 'inherited'],
    ['nearest heading wins', '## Backlog\n### Critical fixes\n- [ ] a\n', 'critical', 'inherited'],
    ['leftmost word wins', '## Later, not now\n- [ ] a\n', 'low', 'inherited'],
    ['vNext names no tier', '## vNext\n- [ ] a\n', 'unprioritized', 'none'],
    ['no word inside a word', '## Nowhere Futurism\n- [ ] a\n', 'unprioritized', 'none'],
    ['non-blocking is not blocking', '## Non-blocking polish\n- [ ] a\n', 'unprioritized', 'none'],
    ['nothing', '## Polish\n- [ ] a\n', 'unprioritized', 'none'],
    ['in curly quotes', '## “Later” ideas\n- [ ] a\n', 'low', 'inherited'],
    ['after an emoji', '## 🚀Now\n- [ ] a\n', 'high', 'inherited'],
    ['joined by an en dash', '## Critical–path\n- [ ] a\n', 'critical', 'inherited'],
    ['inside an accented word', '## Récritical\n- [ ] a\n', 'unprioritized', 'none'],
  ])('%s', (_name, markdown, tier, source) => {
    expect(milestone(markdown)).toMatchObject({ tier, tierSource: source });
  });

  it('an unknown Priority is an error with a suggestion, and falls through to heading words', () => {
    const roadmap = report('## Later\n\n### M\n\n**Priority**: Hgh\n\n- [ ] a\n');
    expect(roadmap.milestones[0]).toMatchObject({ tier: 'low', tierSource: 'inherited' });
    expect(roadmap.diagnostics).toEqual([
      {
        file: 'r.md',
        line: 5,
        column: 1,
        severity: 'error',
        rule: 'unknown-priority',
        message: 'Priority "Hgh" names no tier; did you mean "high"?',
      },
    ]);
  });

  it('configured words extend the vocabulary', () => {
    const settings = { ...DEFAULT_SETTINGS, tierWords: { ...DEFAULT_SETTINGS.tierWords, critical: ['showstopper'] } };
    const roadmap = report('## Showstoppers\n- [ ] a\n## M\n**Priority**: showstopper\n- [ ] b\n', settings);
    expect(roadmap.milestones.map((m) => [m.tier, m.tierSource])).toEqual([
      ['critical', 'inherited'],
      ['critical', 'explicit'],
    ]);
  });
});

describe('the release gate (DESIGN.md §3)', () => {
  it.each<[string, string, boolean, number]>([
    // name, markdown, milestone blocking flag, blockers
    ['open critical task', '## M\n**Priority**: critical\n- [ ] a\n- [x] b\n', false, 1],
    ['done critical tasks', '## M\n**Priority**: critical\n- [x] a\n', false, 0],
    ['open high task', '## M\n**Priority**: high\n- [ ] a\n', false, 0],
    ['under a blocking heading', '## Release blockers\n### M\n**Priority**: low\n- [ ] a\n', true, 1],
    ['Status says blocking', '## M\n**Status**: Blocking release\n- [ ] a\n', true, 1],
    ['Status says release blocker', '## M\n**Status**: release blocker\n- [ ] a\n', true, 1],
    ['Blocked alone is a state', '## M\n**Status**: Blocked on vendor\n- [ ] a\n', false, 0],
    ['front matter blocking', '---\nblocking: true\n---\n## M\n- [ ] a\n', true, 1],
  ])('%s', (_name, markdown, blocking, blockers) => {
    const roadmap = report(markdown);
    expect(roadmap.milestones[0]!.blocking).toBe(blocking);
    expect(roadmap.blockers).toHaveLength(blockers);
    expect(roadmap.blocked).toBe(blockers > 0);
  });

  it('failOn widens the gate', () => {
    const text = '## A\n**Priority**: high\n- [ ] a\n## B\n**Priority**: medium\n- [ ] b\n';
    const at = (failOn: 'critical' | 'high' | 'medium') => report(text, { ...DEFAULT_SETTINGS, failOn }).blockers.length;
    expect([at('critical'), at('high'), at('medium')]).toEqual([0, 1, 2]);
  });
});

describe('progress', () => {
  it('counts per tier, nested tasks included', () => {
    const roadmap = report('## Now\n- [x] a\n  - [ ] a.1\n## Later\n- [x] b\n## Misc\n- [ ] c\n');
    expect(roadmap.tiers).toEqual([
      { tier: 'critical', done: 0, total: 0 },
      { tier: 'high', done: 1, total: 2 },
      { tier: 'medium', done: 0, total: 0 },
      { tier: 'low', done: 1, total: 1 },
      { tier: 'unprioritized', done: 0, total: 1 },
    ]);
    expect(roadmap.totals).toEqual({ done: 2, total: 4 });
  });
});
