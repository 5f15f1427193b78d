/** The worker pool gives the documents the main thread would, in order, and stops only the
 *  file that outruns its budget. */
import { describe, expect, it } from 'vitest';
import { parseInWorkers } from '../../src/cli/parse-pool.js';
import type { SourceFile } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/document.js';
import { seedText } from '../helpers/fixtures.js';
import { ordinaryRoadmap, repeated } from '../helpers/generate.js';

const settings = { milestoneDepth: 2 };
const source = (path: string, text: string): SourceFile => ({ path, text, diagnostics: [] });

describe('parseInWorkers', () => {
  it('returns, in order, the documents the main thread would', async () => {
    const sources = [
      source('roadmap/seed.md', seedText()),
      source('roadmap/big.md', ordinaryRoadmap(120 * 1024)),
      source('roadmap/crlf.md', seedText().replaceAll('\n', '\r\n')),
      ...Array.from({ length: 9 }, (_, i) => source(`roadmap/gen-${i}.md`, ordinaryRoadmap(8 * 1024, i + 2))),
    ];
    const outcomes = await parseInWorkers(sources, { settings, timeoutMs: 20_000, workers: 2 });
    expect(outcomes).toEqual(sources.map((s) => ({ document: parseRoadmap(s, settings) })));
  });

  it('stops the file over budget, and parses the ones queued behind it in a fresh worker', async () => {
    const sources = [
      source('a.md', seedText()),
      source('slow.md', repeated('a]', 96 * 1024)),
      source('b.md', ordinaryRoadmap(4 * 1024)),
      source('c.md', seedText()),
    ];
    const outcomes = await parseInWorkers(sources, { settings, timeoutMs: 300, workers: 1 });
    expect(outcomes[1]).toEqual({
      limit: {
        file: 'slow.md',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'parse-limit',
        message: 'parsing took longer than --parse-timeout (300 ms): stopped',
      },
    });
    for (const index of [0, 2, 3]) expect(outcomes[index]).toEqual({ document: parseRoadmap(sources[index]!, settings) });
  });

  it('returns nothing for nothing', async () => {
    expect(await parseInWorkers([], { settings, timeoutMs: 1000, workers: 2 })).toEqual([]);
  });
});
