/** What the parser refuses: a line nested too deep, and input that overflows the parser's stack,
 *  become one `parse-limit` error on the file; the file's other facts are still read. */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerUrl } from '../../src/cli/parse-pool.js';
import type { ParseReply } from '../../src/parse-worker.js';
import { parseRoadmap } from '../../src/parse/document.js';
import { MAX_NESTING, ParseLimitError, asParseLimit } from '../../src/parse/limits.js';

const parse = (text: string) => parseRoadmap({ path: 'roadmap/deep.md', text, diagnostics: [] });

describe('nesting', () => {
  it.each([
    ['list items', '- ', 4096],
    ['block quotes', '> ', 50_000],
    ['ordered items', '1. ', 2000],
    ['quotes without spaces', '>', 2000],
    ['mixed containers', '* > ', 600],
  ])('refuses %s nested past the limit, naming the line', (_name, unit, depth) => {
    const started = performance.now();
    const document = parse(`---\ntitle: Deep\n---\n# Heading\n\n- [ ] a task\n\n${unit.repeat(depth)}a\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(document.title).toBe('Deep');
    expect(document.milestones).toEqual([]);
    expect(document.diagnostics).toEqual([
      {
        file: 'roadmap/deep.md',
        line: 8,
        column: 1,
        severity: 'error',
        rule: 'parse-limit',
        message: `nested more than ${MAX_NESTING} levels deep: not parsed`,
      },
    ]);
  });

  it('parses nesting up to the limit', () => {
    const document = parse(`# T\n\n${'> '.repeat(MAX_NESTING - 1)}- [ ] deep task\n`);
    expect(document.diagnostics).toEqual([]);
    expect(document.milestones[0]!.tasks.map((task) => task.text)).toEqual(['deep task']);
  });

  it('does not count container markers that are not at the start of a line', () => {
    expect(parse(`# T\n\n- [ ] a ${'> '.repeat(2000)}\n`).diagnostics).toEqual([]);
  });
});

describe('the parser running out of stack', () => {
  it('is a parse-limit error; any other error is a bug and propagates', () => {
    expect(asParseLimit(new RangeError('Maximum call stack size exceeded'))).toMatchObject({
      message: 'nested too deeply to parse',
      line: 1,
    });
    expect(asParseLimit(new RangeError('Invalid array length')).message).toBe('too large to parse (Invalid array length)');
    const given = new ParseLimitError('x', 3);
    expect(asParseLimit(given)).toBe(given);
    expect(() => asParseLimit(new TypeError('a bug'))).toThrow('a bug');
  });

  it('reports input that overflows the parser\'s stack', async () => {
    // Strong emphasis nested 1500 deep, in a worker with a small stack: the stack overflows long
    // before the input is large (with the default stack it takes ~4000 levels and seconds).
    const worker = new Worker(workerUrl(), { resourceLimits: { stackSizeMb: 0.5 } });
    const text = `# T\n\n- [ ] ${'**a '.repeat(1500)}b${' a**'.repeat(1500)}\n`;
    const reply = await new Promise<ParseReply>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (message: ParseReply) => {
        if ('ready' in message) worker.postMessage({ id: 1, source: { path: 'roadmap/deep.md', text, diagnostics: [] }, settings: { milestoneDepth: 2 } });
        else resolve(message);
      });
    }).finally(() => worker.terminate());
    expect(reply).toMatchObject({
      id: 1,
      document: {
        diagnostics: [
          { file: 'roadmap/deep.md', line: 1, column: 1, severity: 'error', rule: 'parse-limit', message: 'nested too deeply to parse' },
        ],
      },
    });
  });
});
