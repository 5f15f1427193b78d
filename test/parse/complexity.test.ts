/**
 * Regression detectors for parse time: doubling the input must not come close to quadrupling the
 * time, for the pathological patterns of the research notes that are now linear, and for an
 * ordinary roadmap. Generous bounds (a linear parse doubles, a quadratic one quadruples; the
 * bound is 3), the best of several interleaved runs, and a floor under tiny times, so that a
 * loaded machine does not make them flaky. This is not a benchmark: `npm run bench` is.
 */
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { ordinaryRoadmap, repeated } from '../helpers/generate.js';

/** Below this, timer noise dominates: times are rounded up to it. */
const FLOOR_MS = 10;

function parseTime(text: string): number {
  const started = performance.now();
  parseRoadmap({ path: 'roadmap/x.md', text, diagnostics: [] });
  return performance.now() - started;
}

/** Best-of-`runs` time ratio of parsing `large` over parsing `small`, runs interleaved. */
function ratio(small: string, large: string, runs = 5): number {
  let a = Number.POSITIVE_INFINITY;
  let b = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    a = Math.min(a, parseTime(small));
    b = Math.min(b, parseTime(large));
  }
  return Math.max(b, FLOOR_MS) / Math.max(a, FLOOR_MS);
}

describe('parse time grows linearly', () => {
  parseTime(repeated('*a_ ~~b~~ [c](d) ', 4096)); // warm the parser up

  it.each([
    ['setext headings', 'a\n=\n'],
    ['mismatched emphasis', '*a_ '],
    ['nested emphasis runs', '*a **a '],
    ['escaped backticks', '\\`'],
    ['brackets', '['],
    ['images in links', '![[]()'],
    ['closing tags', '</'],
    ['nested list items on one line', '- '],
    ['nested block quotes on one line', '> '],
    // The fast path (`simple-markdown.ts`): what it takes, and what it gives up on late.
    ['simple task items', '- [ ] **Task**: ship `it` 🔴\n'],
    ['strong openers without a closer', '**a '],
    ['backticks without a closer', '`a '],
  ])('%s: 8 KB → 16 KB', { timeout: 60_000 }, (_name, unit) => {
    expect(ratio(repeated(unit, 8 * 1024), repeated(unit, 16 * 1024))).toBeLessThan(3);
  });

  it('an ordinary roadmap: 100 KB → 1 MB within 12x (one whole parse: over 20x)', { timeout: 120_000 }, () => {
    expect(ratio(ordinaryRoadmap(100 * 1024), ordinaryRoadmap(1024 * 1024), 2)).toBeLessThan(12);
  });
});
