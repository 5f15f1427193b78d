/** The built bin, spawned as users run it. */
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, seedProject } from '../helpers/fixtures.js';
import { gitRepo, roadmapText } from '../helpers/git-repo.js';
import { runWithEnv } from '../helpers/io.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));

function spawn(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1', ROADMAP_TODAY: '2026-11-27' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built bin', () => {
  it('prints its version and help', () => {
    expect(spawn(process.cwd(), '--version')).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = spawn(process.cwd(), '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('status');
  });

  it('reads the seed', () => {
    const result = spawn(seedProject(), 'status', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.tiers.map((t: { total: number }) => t.total)).toEqual([5, 10, 25, 10, 0]);
    expect(json.blocked).toBe(true);
  });

  it('exits 2 with one line and no stack when there is nothing to read', () => {
    const result = spawn(project({}), 'status');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^roadmap: no roadmap files found/);
  });

  it('replays history; many versions are counted in workers, to the same numbers as in one thread', async () => {
    const repo = gitRepo();
    for (let i = 0; i < 70; i++) {
      const day = new Date(Date.UTC(2026, 6, 1 + i)).toISOString().slice(0, 10);
      repo.commit(day, { 'roadmap/plan.md': roadmapText(i, 80 - i) });
    }
    const built = spawn(repo.dir, 'history', '--json');
    expect(built.code).toBe(0);
    const json = JSON.parse(built.stdout);
    expect(json.points).toHaveLength(70);
    expect(json.points.map((p: { done: number }) => p.done)).toEqual(Array.from({ length: 70 }, (_, i) => i));
    // In process, from the sources, there is no built worker: every version is counted here.
    const inProcess = await runWithEnv(repo.dir, { ROADMAP_TODAY: '2026-11-27' }, 'history', '--json');
    expect(built.stdout).toBe(inProcess.stdout);
    const outside = spawn(project({ 'roadmap/a.md': '# A\n' }), 'history');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^roadmap: .* is not in a git work tree/);
  });

  it('diffs the work tree against a commit, and exits 1 on a new blocker with --fail-on-new-blockers', () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'roadmap/plan.md': roadmapText(2, 0) });
    writeFileSync(join(repo.dir, 'roadmap/plan.md'), roadmapText(2, 0).replace('- [x] done 2', '- [ ] done 2'));
    const result = spawn(repo.dir, 'diff', 'HEAD', '--fail-on-new-blockers');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Plan  CLEAR → BLOCKED\n  this change blocks Plan: adds 1 release blocker\n');
    expect(result.stdout).toContain('  reopened  roadmap/plan.md:9  done 2  (Ship, critical, blocks)\n');
  });

  it('exits 2 on a usage error', () => {
    const result = spawn(project({}), 'status', '--no-such-option');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--no-such-option'");
  });

  it.skipIf(!existsSync('/dev/full'))('exits 2 with one line when stdout cannot be written (a full disk)', () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [BIN, 'status'], {
      cwd: seedProject(),
      encoding: 'utf8',
      stdio: ['ignore', full, 'pipe'],
      env: { PATH: process.env.PATH, NO_COLOR: '1', ROADMAP_TODAY: '2026-11-27' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('roadmap: cannot write to stdout (ENOSPC)\n');
  });
});
