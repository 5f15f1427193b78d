/**
 * --parse-timeout: a file whose parsing outruns the budget is stopped (its worker terminated),
 * named in one `parse-limit` line, and the run exits 2 — while every other file is reported.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { project, seedText } from '../helpers/fixtures.js';
import { repeated } from '../helpers/generate.js';
import { run } from '../helpers/io.js';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** `a]` repeated: label ends with no start, quadratic in micromark — seconds at this size. */
const SLOW = `# Slow\n\n${repeated('a]', 96 * 1024)}\n`;

function slowProject(): string {
  return project({ 'roadmap/seed.md': seedText(), 'roadmap/slow.md': SLOW });
}

describe('--parse-timeout', () => {
  it('stops a file that takes longer, names it, and still reports the others', async () => {
    const started = Date.now();
    const result = await run(slowProject(), 'status', '--parse-timeout', '300', '--no-cache');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap/slow.md:1:1  error  parsing took longer than --parse-timeout (300 ms): stopped  (parse-limit)\n',
    );
    expect(result.stdout).toContain('BLOCKED  5 open tasks block the release  vNext Milestones');
    expect(result.stdout).toContain('roadmap/seed.md:16:1  Resolve 4 critical security vulnerabilities');
    // Stopped at the budget, not after the seconds a full parse takes.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('is enforced by the built bin, whose worker sits beside it', () => {
    const result = spawnSync(process.execPath, [BIN, 'status', '--parse-timeout', '300', '--no-cache', '--json'], {
      cwd: slowProject(),
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ROADMAP_TODAY: '2026-11-27' },
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('roadmap/slow.md:1:1  error  parsing took longer than --parse-timeout (300 ms)');
    const json = JSON.parse(result.stdout);
    expect(json.roadmaps.map((r: { file: string }) => r.file)).toEqual(['roadmap/seed.md', 'roadmap/slow.md']);
    expect(json.roadmaps[0].totals).toEqual({ done: 0, total: 50 });
  });

  it('never stops a file written in plain roadmap markdown: the fast path reads it in linear time', async () => {
    const copies = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`roadmap/copy-${i}.md`, `${seedText()}\n- [ ] copy ${i}\n`]));
    const result = await run(project({ ...copies, 'roadmap/slow.md': SLOW }), 'status', '--parse-timeout', '1', '--no-cache', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap/slow.md:1:1  error  parsing took longer than --parse-timeout (1 ms): stopped  (parse-limit)\n');
    const roadmaps: Array<{ file: string; totals: { total: number } }> = JSON.parse(result.stdout).roadmaps;
    expect(roadmaps).toHaveLength(41);
    expect(roadmaps.filter((r) => r.file.startsWith('roadmap/copy-')).map((r) => r.totals.total)).toEqual(Array(40).fill(51));
  });

  it.each([['0'], ['-5'], ['1.5'], ['soon']])('refuses --parse-timeout %s with exit 2', async (value) => {
    const result = await run(project({ 'roadmap/a.md': '- [ ] a\n' }), 'status', '--parse-timeout', value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a positive whole number of milliseconds');
  });
});
