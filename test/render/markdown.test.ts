import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/model/tier.js';
import type { RenderContext, Report, Settings } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/document.js';
import { markdownTree, renderMarkdown, SECTIONS } from '../../src/render/markdown.js';
import { paragraph, stringifyMarkdown } from '../../src/render/mdast.js';
import { buildReport } from '../../src/report/index.js';

const CONTEXT: RenderContext = { color: false, verbose: false };

function reportOf(files: Record<string, string>, settings: Settings = DEFAULT_SETTINGS): Report {
  const documents = Object.entries(files).map(([path, text]) => parseRoadmap({ path, text, diagnostics: [] }, settings));
  return buildReport(documents, { settings, today: '2026-11-27' });
}

const BLOCKED = `---
release: "2.0"
---
# Platform

## Now
- [x] shipped
- [ ] polish

## Later (blocking)
- [ ] a low task that blocks all the same

## Critical fixes
- [ ] fix the leak
`;

const CLEAR = `---
release: "1.9"
---
# Maintenance

## Next
- [x] done
- [x] done too
`;

describe('renderMarkdown', () => {
  it('gives a verdict per release, in order of appearance, with the blockers counted by tier', () => {
    const markdown = renderMarkdown(reportOf({ 'roadmap/a.md': BLOCKED, 'roadmap/b.md': CLEAR }), CONTEXT);
    expect(markdown).toMatch(/^\| \*\*2\.0\*\* +\| \*\*blocked\*\* +\| 1\/4 \(25%\) +\| 2 \(1 critical, 1 low\) +\| 0 +\| — +\| — +\|\n\| \*\*1\.9\*\* +\| clear +\| 2\/2 \(100%\) +\| 0 +\|/m);
    expect(markdown.indexOf('## 2.0')).toBeLessThan(markdown.indexOf('## 1.9'));
    expect(markdown).toMatch(/^\| \[Later \(blocking\)\]\(roadmap\/a\.md\?plain=1#L10\) +\| low, blocking +\|/m);
    expect(markdown).toContain('2 of 2 tasks done (100%), from [roadmap/b.md](roadmap/b.md).');
    expect(markdown).toMatch(/^\| \[Next\]\(roadmap\/b\.md\?plain=1#L6\) +\| medium +\| +2 \| +2 \| 100% \| █{10} \|$/m);
  });

  it('judges the files of one release together', () => {
    const second = BLOCKED.replace('# Platform', '# Platform, part two');
    const markdown = renderMarkdown(reportOf({ 'roadmap/a.md': BLOCKED, 'roadmap/c.md': second }), CONTEXT);
    expect(markdown.match(/^## 2\.0$/gm)).toHaveLength(1);
    expect(markdown).toMatch(/^\| \*\*2\.0\*\* +\| \*\*blocked\*\* +\| 2\/8 \(25%\) +\| 4 \(2 critical, 2 low\) +\|/m);
    expect(markdown).toContain('2 of 8 tasks done (25%), from [roadmap/a.md](roadmap/a.md), [roadmap/c.md](roadmap/c.md).');
    expect(markdown).toContain('[Now](roadmap/c.md?plain=1#L6)');
  });

  it('names the gate level it judged by', () => {
    const high = { ...DEFAULT_SETTINGS, failOn: 'high' as const };
    expect(renderMarkdown(reportOf({ 'roadmap/a.md': BLOCKED }), CONTEXT)).toContain('Open tasks in the critical tier, and');
    const markdown = renderMarkdown(reportOf({ 'roadmap/a.md': BLOCKED }, high), CONTEXT);
    expect(markdown).toContain('Open tasks in the high tier or above, and');
    expect(markdown).toMatch(/\| \*\*blocked\*\* +\| 1\/4 \(25%\) +\| 3 \(1 critical, 1 high, 1 low\) +\|/);
  });

  it('shows the unprioritized tier only when it has tasks, and always a total row', () => {
    const tiers = (markdown: string) => [...markdown.matchAll(/^\| (\S+|\*\*total\*\*) +\| +\d/gm)].map((m) => m[1]);
    expect(tiers(renderMarkdown(reportOf({ 'roadmap/a.md': BLOCKED }), CONTEXT))).toEqual([
      'critical',
      'high',
      'medium',
      'low',
      '**total**',
    ]);
    expect(tiers(renderMarkdown(reportOf({ 'roadmap/a.md': '# A\n\n## Ideas\n- [ ] one\n' }), CONTEXT))).toEqual([
      'critical',
      'high',
      'medium',
      'low',
      'unprioritized',
      '**total**',
    ]);
  });

  it('lists diagnostics with their place, and has no such section without any', () => {
    const clean = renderMarkdown(reportOf({ 'roadmap/a.md': BLOCKED }), CONTEXT);
    expect(clean).not.toContain('## Diagnostics');
    const markdown = renderMarkdown(reportOf({ 'roadmap/a.md': '# A\n\n## X\n**Priority**: soonish\n\n- [ ] a\n' }), {
      ...CONTEXT,
      links: { cwd: '/p', reportDir: '/p/docs' },
    });
    expect(markdown).toMatch(
      /## Diagnostics\n\n- \[roadmap\/a\.md:4:1\]\(\.\.\/roadmap\/a\.md\?plain=1#L4\) error: Priority "soonish" names no tier.* \(unknown-priority\)$/,
    );
  });

  it('says so when a release has no milestones, and lists no blockers when nothing blocks', () => {
    const markdown = renderMarkdown(reportOf({ 'roadmap/a.md': '# Empty\n\nNothing planned yet.\n' }), CONTEXT);
    expect(markdown).toContain('## Empty\n\n0 of 0 tasks done (0%), from [roadmap/a.md](roadmap/a.md).\n\nNo milestones.');
    expect(markdown).not.toContain('Blocking the release');
  });

  it('ends without a newline: the caller adds it, as for every renderer', () => {
    const markdown = renderMarkdown(reportOf({ 'roadmap/a.md': BLOCKED }), CONTEXT);
    expect(markdown.endsWith('critical')).toBe(true);
  });

  it('is one list of sections: a new part of the report is one more entry', () => {
    const report = reportOf({ 'roadmap/a.md': BLOCKED });
    const extended = markdownTree(report, CONTEXT, [...SECTIONS, () => [paragraph('A chart goes here.')]]);
    expect(stringifyMarkdown(extended)).toBe(`${renderMarkdown(report, CONTEXT)}\n\nA chart goes here.`);
  });
});
