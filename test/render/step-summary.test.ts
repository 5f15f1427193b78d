import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/document.js';
import { buildReport } from '../../src/report/index.js';
import { renderStepSummary, STEP_SUMMARY_LIMIT } from '../../src/render/step-summary.js';

const CONTEXT = { color: false, verbose: false };

function reportOf(files: Record<string, string>): Report {
  const documents = Object.entries(files).map(([path, text]) => parseRoadmap({ path, text, diagnostics: [] }));
  return buildReport(documents, { today: '2026-11-27' });
}

/** A roadmap with `count` open critical tasks, each about `width` characters long. */
function manyBlockers(count: number, width: number, filler = 'x'): Report {
  const tasks = Array.from({ length: count }, (_, i) => `- [ ] task ${i} ${filler.repeat(width)}`).join('\n');
  return reportOf({ 'roadmap/big.md': `# Big\n\n## Critical\n\n${tasks}\n` });
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| `'));
}

describe('renderStepSummary', () => {
  it('lists every blocker when they fit', () => {
    const markdown = renderStepSummary(manyBlockers(3, 10), CONTEXT);
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '## Roadmap gate: blocked',
      '',
      '### ❌ Big: blocked',
      '',
      '3 open tasks (critical). 0/3 tasks done.',
      '',
      '| Where | Task | Milestone | Tier |',
    ]);
    expect(tableRows(markdown)).toEqual([
      '| `roadmap/big.md:5` | task 0 xxxxxxxxxx | Critical | critical |',
      '| `roadmap/big.md:6` | task 1 xxxxxxxxxx | Critical | critical |',
      '| `roadmap/big.md:7` | task 2 xxxxxxxxxx | Critical | critical |',
    ]);
    expect(markdown).not.toContain('not listed');
  });

  it('lists at most a thousand rows, and says how many more there are', () => {
    const markdown = renderStepSummary(manyBlockers(1200, 10), CONTEXT);
    expect(tableRows(markdown)).toHaveLength(1000);
    expect(markdown.endsWith('\n\n*200 more blockers not listed here; the log lists every one.*')).toBe(true);
  });

  it('stays under 1 MiB by leaving rows out, and says how many', () => {
    // 1000 rows of about 1.4 kB each: the row limit alone would not keep it under 1 MiB.
    const report = manyBlockers(1000, 450, '€');
    const markdown = renderStepSummary(report, CONTEXT);
    expect(bytes(markdown)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(bytes(markdown)).toBeGreaterThan(STEP_SUMMARY_LIMIT - 2000);
    const rows = tableRows(markdown).length;
    expect(rows).toBeGreaterThan(500);
    expect(rows).toBeLessThan(1000);
    expect(markdown).toContain(`*${1000 - rows} more blockers not listed here; the log lists every one.*`);
  });

  it.each([200, 1000, 5000])('fits in maxBytes = %i with as many rows as fit', (maxBytes) => {
    const report = manyBlockers(100, 40);
    const markdown = renderStepSummary(report, { ...CONTEXT, maxBytes });
    const rows = tableRows(markdown).length;
    if (rows > 0) expect(bytes(markdown)).toBeLessThanOrEqual(maxBytes);
    // One more row would not have fitted.
    const bigger = renderStepSummary(report, { ...CONTEXT, maxBytes: maxBytes + 60 });
    expect(tableRows(bigger).length).toBeLessThanOrEqual(rows + 1);
    expect(markdown).toContain('## Roadmap gate: blocked');
  });

  it('always keeps the verdict, even when nothing else fits', () => {
    const markdown = renderStepSummary(manyBlockers(5, 10), { ...CONTEXT, maxBytes: 0 });
    expect(markdown).toContain('### ❌ Big: blocked');
    expect(tableRows(markdown)).toEqual([]);
    expect(markdown).toContain('*5 more blockers not listed here');
  });

  it('escapes roadmap text as markdown: no HTML, links or extra cells', () => {
    // Inline code keeps its text as written, so markup can reach a task's text through it.
    const task = '`<img src=x onerror=alert(1)>` and `[click](javascript:alert(1))` | `*not bold*` `&amp;`';
    const report = reportOf({ 'roadmap/a|b.md': `# R <b>\n\n## Blocking \`[x](y)\`\n\n- [ ] ${task}\n` });
    const markdown = renderStepSummary(report, CONTEXT);
    expect(markdown).toContain('### ❌ R \\<b>: blocked');
    expect(tableRows(markdown)).toEqual([
      '| `roadmap/a\\|b.md:5` | \\<img src=x onerror=alert(1)> and \\[click]\\(javascript:alert(1)) \\| \\*not bold\\* \\&amp; | Blocking \\[x]\\(y) | critical |',
    ]);
  });

  it('names files from the repository root', () => {
    const markdown = renderStepSummary(manyBlockers(1, 1), { ...CONTEXT, pathPrefix: 'docs' });
    expect(tableRows(markdown)).toEqual(['| `docs/roadmap/big.md:5` | task 0 x | Critical | critical |']);
  });
});
