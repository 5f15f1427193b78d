/**
 * --parse-timeout: a file whose parse took longer than the budget is reported as not judged, and
 * the run exits 2; the other files are still read. The clock is injected, so that no test depends
 * on how fast this machine is.
 */
import { describe, expect, it } from 'vitest';
import { parseFiles } from '../../src/engine/parse-files.js';
import { run } from '../helpers/io.js';
import { project } from '../helpers/fixtures.js';

const file = (path: string, text: string) => ({ path, text, diagnostics: [], refused: false });

/** A clock that has `ms` pass during each parse of a file whose text says `slow`. */
function clockFor(files: Array<{ text: string }>, ms: number): () => number {
  let now = 0;
  let call = 0;
  return () => {
    const index = Math.floor(call / 2);
    const starting = call % 2 === 0;
    call++;
    if (!starting && files[index]?.text.includes('slow')) now += ms;
    return now;
  };
}

describe('--parse-timeout', () => {
  it('reports a file whose parse went over the budget, and reads the others', async () => {
    const files = [file('roadmap/a.md', '## Critical\n\n- [ ] fast\n'), file('roadmap/slow.md', '## Critical\n\n- [ ] slow\n')];
    const documents = await parseFiles(files, { settings: { milestoneDepth: 2 }, timeoutMs: 100, now: clockFor(files, 150) });
    expect(documents[0]!.diagnostics).toEqual([]);
    expect(documents[0]!.milestones[0]!.tasks).toHaveLength(1);
    expect(documents[1]!.diagnostics).toEqual([
      {
        file: 'roadmap/slow.md',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'parse-limit',
        message: 'parsing took 150 ms, over --parse-timeout (100 ms): not judged',
      },
    ]);
  });

  it('leaves a parse within the budget alone', async () => {
    const files = [file('roadmap/slow.md', '- [ ] slow\n')];
    const documents = await parseFiles(files, { settings: { milestoneDepth: 2 }, timeoutMs: 100, now: clockFor(files, 100) });
    expect(documents[0]!.diagnostics).toEqual([]);
  });

  it.each([['0'], ['-5'], ['1.5'], ['10s'], ['2147483648'], ['99999999999999999999']])('refuses --parse-timeout %s as a usage error', async (value) => {
    const result = await run(project({ 'roadmap/a.md': '- [ ] a\n' }), 'status', '--parse-timeout', value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--parse-timeout');
    expect(result.stdout).toBe('');
  });
});
