/**
 * Every read is bounded and every write is safe: files the user or a checkout points the tool at
 * (the configuration, a committed report, $GITHUB_STEP_SUMMARY, `report -o`, `include`) can be a
 * device, a FIFO, a symbolic link or huge, and each is one line and exit 2 — never a hang, an
 * abort, a replaced device or a file outside the tree read on a checkout's say-so.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, seedProject } from '../helpers/fixtures.js';
import { run, runWithEnv } from '../helpers/io.js';

const ROADMAP = '# Plan\n\n## Critical\n\n- [ ] open\n';
const isRoot = process.getuid?.() === 0;
const fifo = (path: string) => execFileSync('mkfifo', [path]);

describe('the configuration file', () => {
  it.each([
    ['/dev/zero', (dir: string) => symlinkSync('/dev/zero', join(dir, 'roadmap.config.json')), 'not a regular file'],
    ['a FIFO', (dir: string) => fifo(join(dir, 'roadmap.config.json')), 'not a regular file'],
    ['over 1 MiB', (dir: string) => writeFileSync(join(dir, 'roadmap.config.json'), `{"include": [${'"x",'.repeat(300_000)}"x"]}`), 'larger than 1048576 bytes'],
  ])('%s: exit 2, one line', async (_name, make, why) => {
    const dir = project({ 'roadmap/a.md': ROADMAP });
    make(dir);
    const result = await run(dir, 'status');
    expect(result).toEqual({ code: 2, stdout: '', stderr: `roadmap: roadmap.config.json: cannot read the configuration (${why})\n` });
  });
});

describe('report --check compares with a file it reads only when it can be the report', () => {
  it.each([
    ['a FIFO', (path: string) => fifo(path)],
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
  ])('%s: exit 2, one line, no hang', async (_name, make) => {
    const dir = project({ 'roadmap/a.md': ROADMAP });
    make(join(dir, 'report.md'));
    const result = await run(dir, 'report', '-o', 'report.md', '--check');
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'roadmap: report.md: not a regular file\n' });
  });

  it('a file of another size is out of date, and is not read to its end', async () => {
    const dir = project({ 'roadmap/a.md': ROADMAP, 'report.md': 'x'.repeat(6 * 1024 * 1024) });
    const result = await run(dir, 'report', '-o', 'report.md', '--check');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('roadmap: report.md is out of date; run the same command without --check to update it\n');
  });
});

describe('report -o writes only over a regular file that is not a roadmap', () => {
  it('refuses a symbolic link, and leaves it a link', async () => {
    const dir = project({ 'roadmap/a.md': ROADMAP, 'elsewhere.md': 'kept\n' });
    symlinkSync('elsewhere.md', join(dir, 'report.md'));
    const result = await run(dir, 'report', '-o', 'report.md');
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'roadmap: report.md: is a symbolic link; the report is written only over a regular file\n' });
    expect(readlinkSync(join(dir, 'report.md'))).toBe('elsewhere.md');
    expect(readFileSync(join(dir, 'elsewhere.md'), 'utf8')).toBe('kept\n');
  });

  it('refuses a device: /dev/null stays a device', async () => {
    const dir = project({ 'roadmap/a.md': ROADMAP });
    const result = await run(dir, 'report', '-o', '/dev/null');
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'roadmap: /dev/null: not a regular file; the report is written only over a regular file\n' });
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a roadmap it reads, and leaves it as it was', async () => {
    const dir = seedProject();
    const before = readFileSync(join(dir, 'roadmap/vnext.md'));
    const result = await run(dir, 'report', '-o', 'roadmap/vnext.md');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roadmap: roadmap/vnext.md: is one of the roadmap files read, not a report; writing the report there would replace it\n',
    });
    expect(readFileSync(join(dir, 'roadmap/vnext.md'))).toEqual(before);
  });

  it('replaces a report of its own among the roadmaps', async () => {
    const dir = seedProject();
    expect((await run(dir, 'report', '-o', 'roadmap/REPORT.md')).code).toBe(0);
    expect((await run(dir, 'report', '-o', 'roadmap/REPORT.md', '--today', '2026-12-01')).code).toBe(0);
    expect(readFileSync(join(dir, 'roadmap/REPORT.md'), 'utf8')).toContain('As of 2026-12-01');
  });
});

describe('$GITHUB_STEP_SUMMARY', () => {
  const env = (path: string) => ({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: path });

  it.each([
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path), 'not a regular file'],
    ['a FIFO nobody reads', (path: string) => fifo(path), 'ENXIO'],
    ['a folder', (path: string) => mkdirSync(path), 'EISDIR'],
  ])('%s: exit 2, one line, no hang', async (_name, make, why) => {
    const dir = project({ 'roadmap/a.md': ROADMAP });
    const summary = join(dir, 'summary.md');
    make(summary);
    const result = await runWithEnv(dir, env(summary), 'check');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`roadmap: ${summary}: cannot append the job summary ($GITHUB_STEP_SUMMARY, ${why})\n`);
  });

  it('never grows past 1 MiB: a nearly full file gets no summary, and says so', async () => {
    const dir = project({ 'roadmap/a.md': ROADMAP });
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, 'x'.repeat(1024 * 1024 - 100));
    const result = await runWithEnv(dir, env(summary), 'check');
    expect(result.code).toBe(1);
    expect(statSync(summary).size).toBe(1024 * 1024 - 100);
    expect(result.stderr).toContain('roadmap: the job summary ($GITHUB_STEP_SUMMARY) is full (1 MiB): nothing added to it\n');
  });

  it('fills what room there is, and no more', async () => {
    const dir = project({ 'roadmap/a.md': ROADMAP });
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, 'x'.repeat(1024 * 1024 - 400));
    const result = await runWithEnv(dir, env(summary), 'check');
    expect(result.code).toBe(1);
    const size = statSync(summary).size;
    expect(size).toBeGreaterThan(1024 * 1024 - 400);
    expect(size).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe('include in the configuration stays in the working tree', () => {
  const outside = () => {
    const parent = project({ 'secret/plan.md': ROADMAP });
    mkdirSync(join(parent, 'proj', 'roadmap'), { recursive: true });
    writeFileSync(join(parent, 'proj', 'roadmap', 'a.md'), ROADMAP);
    return join(parent, 'proj');
  };

  it.each([['../secret/**/*.md'], ['../secret/plan.md'], ['../secret']])('refuses %s: exit 2, one line', async (entry) => {
    const dir = outside();
    writeFileSync(join(dir, 'roadmap.config.json'), JSON.stringify({ include: [entry] }));
    const result = await run(dir, 'status');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `roadmap: roadmap.config.json: include "${entry}" is outside the working tree; name it on the command line to read it\n`,
    });
  });

  it('refuses a folder of the tree that links outside it', async () => {
    const dir = outside();
    symlinkSync(join(dir, '..', 'secret'), join(dir, 'linked'));
    writeFileSync(join(dir, 'roadmap.config.json'), JSON.stringify({ include: ['linked/**/*.md'] }));
    const result = await run(dir, 'status');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('include "linked/**/*.md" is outside the working tree');
  });

  it('reads the same path named on the command line', async () => {
    const dir = outside();
    const result = await run(dir, 'status', '--json', '../secret/plan.md');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).totals).toEqual({ done: 0, total: 1 });
  });
});

describe('lint --fix where the file cannot be written', () => {
  it.skipIf(isRoot)('an unwritable folder: the file is named in one line, left as it was, exit 2', async () => {
    const dir = seedProject();
    const before = readFileSync(join(dir, 'roadmap/vnext.md'));
    chmodSync(join(dir, 'roadmap'), 0o555);
    try {
      const result = await run(dir, 'lint', '--fix');
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('roadmap: roadmap/vnext.md: not fixed: cannot be written (EACCES)\n');
      expect(readFileSync(join(dir, 'roadmap/vnext.md'))).toEqual(before);
    } finally {
      chmodSync(join(dir, 'roadmap'), 0o755);
    }
  });
});
