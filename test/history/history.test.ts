/**
 * `roadmap history` on repositories made commit by commit: ticks, new tasks, renames, a file
 * deleted and restored, merges, several files; every point checked against `status --json` on
 * the files as they were at that commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../helpers/fixtures.js';
import { gitRepo, roadmapText } from '../helpers/git-repo.js';
import { run, runWithEnv } from '../helpers/io.js';

const TODAY = '2026-12-04';

async function history(cwd: string, ...args: string[]) {
  const result = await runWithEnv(cwd, { ROADMAP_TODAY: TODAY }, 'history', '--json', ...args);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/** What `status --json` says of the files as they were at `commit`. */
async function statusAt(dir: string, commit: string, files: string[]): Promise<{ done: number; total: number }> {
  const copy = mkdtempSync(join(tmpdir(), 'roadmap-at-'));
  for (const file of files) {
    let text: string;
    try {
      text = execFileSync('git', ['show', `${commit}:${file}`], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue;
    }
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    writeFileSync(join(copy, file), text);
  }
  const result = await runWithEnv(copy, { ROADMAP_TODAY: TODAY }, 'status', '--json', ...files);
  if (result.code !== 0) return { done: 0, total: 0 };
  return JSON.parse(result.stdout).totals;
}

describe('roadmap history', () => {
  it('gives a point per commit that changed the roadmap, oldest first, each what status said then', async () => {
    const repo = gitRepo();
    const commits = [
      repo.commit('2026-10-01', { 'roadmap/plan.md': roadmapText(0, 4) }),
      repo.commit('2026-10-05', { 'README.md': 'not a roadmap\n' }),
      repo.commit('2026-10-08', { 'roadmap/plan.md': roadmapText(1, 3) }),
      repo.commit('2026-10-15', { 'roadmap/plan.md': roadmapText(2, 4) }),
      repo.commit('2026-10-22', { 'roadmap/plan.md': roadmapText(5, 1) }),
    ];
    const json = await history(repo.dir);
    expect(json.schemaVersion).toBe(1);
    expect(json.shallow).toBe(false);
    expect(json.points.map((p: { commit: string; date: string; done: number; total: number }) => [p.commit, p.date, p.done, p.total])).toEqual([
      [commits[0], '2026-10-01', 0, 4],
      [commits[2], '2026-10-08', 1, 4],
      [commits[3], '2026-10-15', 2, 6],
      [commits[4], '2026-10-22', 5, 6],
    ]);
    expect(json.points[0]).toMatchObject({ blockers: 4, blocked: true });
    expect(json.points[0].tiers).toHaveLength(5);
    expect(json.points[0].tiers[0]).toEqual({ tier: 'critical', done: 0, total: 4 });
    for (const point of json.points) expect(await statusAt(repo.dir, point.commit, ['roadmap/plan.md'])).toEqual({ done: point.done, total: point.total });
  });

  it('follows a renamed file, and sees a deleted file come back', async () => {
    const repo = gitRepo();
    repo.commit('2026-10-01', { 'roadmap/old.md': roadmapText(0, 3) });
    repo.git('mv', 'roadmap/old.md', 'roadmap/plan.md');
    repo.commit('2026-10-02', {});
    repo.commit('2026-10-03', { 'roadmap/plan.md': roadmapText(1, 2) });
    repo.commit('2026-10-04', { 'roadmap/plan.md': null });
    repo.commit('2026-10-05', { 'roadmap/plan.md': roadmapText(2, 1) });
    const json = await history(repo.dir);
    expect(json.points.map((p: { date: string; done: number; total: number }) => `${p.date} ${p.done}/${p.total}`)).toEqual([
      '2026-10-01 0/3',
      '2026-10-02 0/3',
      '2026-10-03 1/3',
      '2026-10-04 0/0',
      '2026-10-05 2/3',
    ]);
    expect(json.releases[0].file).toBe('roadmap/plan.md');
  });

  it('reads a merge as one point on the first-parent line, not the branch commits', async () => {
    const repo = gitRepo();
    repo.commit('2026-10-01', { 'roadmap/plan.md': roadmapText(0, 3) });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('2026-10-02', { 'roadmap/plan.md': roadmapText(1, 2) });
    repo.commit('2026-10-03', { 'roadmap/plan.md': roadmapText(2, 1) });
    repo.git('checkout', '-q', 'main');
    repo.commit('2026-10-04', { 'notes.md': 'x\n' });
    repo.gitOn('2026-10-05', 'merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    const json = await history(repo.dir);
    expect(json.points.map((p: { date: string; done: number }) => `${p.date} ${p.done}`)).toEqual(['2026-10-01 0', '2026-10-05 2']);
    expect(json.points[1].commit).toBe(repo.git('rev-parse', 'HEAD'));
  });

  it('sums several files per release, a point for each commit that changed any of them', async () => {
    const repo = gitRepo();
    repo.commit('2026-10-01', { 'roadmap/a.md': roadmapText(0, 2, 'Alpha'), 'roadmap/b.md': roadmapText(0, 2, 'Beta') });
    repo.commit('2026-10-02', { 'roadmap/b.md': roadmapText(1, 1, 'Beta') });
    repo.commit('2026-10-03', { 'roadmap/a.md': roadmapText(2, 0, 'Alpha') });
    const json = await history(repo.dir);
    expect(json.points.map((p: { done: number; total: number }) => `${p.done}/${p.total}`)).toEqual(['0/4', '1/4', '3/4']);
    expect(json.releases.map((r: { release: string; points: Array<{ done: number }> }) => [r.release, r.points.map((p) => p.done)])).toEqual([
      ['Alpha', [0, 0, 2]],
      ['Beta', [0, 1, 1]],
    ]);
    expect(json.releases[0].forecast.status).toBe('done');
  });

  it('keeps the points from --since to --until, by date or by commit', async () => {
    const repo = gitRepo();
    const first = repo.commit('2026-10-01', { 'roadmap/plan.md': roadmapText(0, 3) });
    repo.commit('2026-10-08', { 'roadmap/plan.md': roadmapText(1, 2) });
    const third = repo.commit('2026-10-15', { 'roadmap/plan.md': roadmapText(2, 1) });
    repo.commit('2026-10-22', { 'roadmap/plan.md': roadmapText(3, 0) });
    const dates = (json: { points: Array<{ date: string }> }) => json.points.map((p) => p.date);
    expect(dates(await history(repo.dir, '--since', '2026-10-08', '--until', '2026-10-15'))).toEqual(['2026-10-08', '2026-10-15']);
    expect(dates(await history(repo.dir, '--since', first, '--until', third))).toEqual(['2026-10-08', '2026-10-15']);
    const bad = await run(repo.dir, 'history', '--since', 'no-such-ref');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since must be a date written YYYY-MM-DD or a commit, not "no-such-ref"');
  });

  it('forecasts from the last weeks: a range, set against the due date', async () => {
    const repo = gitRepo();
    // Two tasks a week for eight weeks, twenty open at the end: about ten weeks to go.
    for (let week = 0; week <= 8; week++) {
      const day = new Date(Date.UTC(2026, 9, 9 + week * 7)).toISOString().slice(0, 10);
      repo.commit(day, { 'roadmap/plan.md': roadmapText(week * 2, 36 - week * 2) });
    }
    const json = await history(repo.dir);
    const forecast = json.releases[0].forecast;
    expect(forecast).toMatchObject({ status: 'projected', window: 8, due: '2027-01-31', reason: null });
    expect(forecast.throughputPerWeek).toEqual({ low: 2, high: 2 });
    // Twenty tasks at two a week: ten weeks from 2026-12-04.
    expect(forecast.from).toBe('2027-02-12');
    expect(forecast.to).toBe('2027-02-12');
    expect(forecast.lateDays).toEqual({ from: 12, to: 12 });
    const terminal = await runWithEnv(repo.dir, { ROADMAP_TODAY: TODAY, NO_COLOR: '1', COLUMNS: '140' }, 'history');
    expect(terminal.stdout).toContain('projected 2027-02-12 at 2 tasks a week (the middle half of the last 8 weeks); due 2027-01-31: late by 2 weeks');
  });

  it('gives no forecast, with the reason, for no throughput or too little history', async () => {
    const still = gitRepo();
    still.commit('2026-09-01', { 'roadmap/plan.md': roadmapText(0, 3) });
    expect((await history(still.dir)).releases[0].forecast).toMatchObject({ status: 'none', reason: 'no-throughput', from: null, to: null });
    const young = gitRepo();
    young.commit('2026-12-01', { 'roadmap/plan.md': roadmapText(0, 3) });
    expect((await history(young.dir)).releases[0].forecast).toMatchObject({ status: 'none', reason: 'too-short' });
  });

  it('draws a burn-up that fits the terminal, and says when it projects the release to land', async () => {
    const repo = gitRepo();
    repo.commit('2026-10-01', { 'roadmap/plan.md': roadmapText(0, 6) });
    repo.commit('2026-11-01', { 'roadmap/plan.md': roadmapText(3, 5) });
    repo.commit('2026-11-20', { 'roadmap/plan.md': roadmapText(6, 4) });
    const result = await runWithEnv(repo.dir, { ROADMAP_TODAY: TODAY, NO_COLOR: '1', COLUMNS: '60' }, 'history');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Plan  roadmap/plan.md');
    expect(lines[1]).toMatch(/^ {1}10 │/);
    expect(lines.some((line) => line.includes('█'))).toBe(true);
    expect(lines.some((line) => line.includes('─'))).toBe(true);
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(60);
    expect(result.stdout).toContain('6/10 done (0/6 on 2026-10-01), scope +4 since 2026-10-01');
    expect(result.stdout).toContain('3 commits changed the roadmap, the last on 2026-11-20.');
  });

  it('is one line and exit 2 outside a git work tree', async () => {
    const result = await run(project({ 'roadmap/plan.md': roadmapText(0, 1) }), 'history');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: .* is not in a git work tree \(history reads the roadmap from git\)\n$/);
  });

  it('says a shallow clone is shallow, and how to fetch the rest, and shows what it has', async () => {
    const repo = gitRepo();
    repo.commit('2026-10-01', { 'roadmap/plan.md': roadmapText(0, 3) });
    repo.commit('2026-10-08', { 'roadmap/plan.md': roadmapText(1, 2) });
    const clone = mkdtempSync(join(tmpdir(), 'roadmap-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    const result = await runWithEnv(clone, { ROADMAP_TODAY: TODAY }, 'history', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('shallow clone');
    expect(result.stderr).toContain('fetch-depth: 0');
    const json = JSON.parse(result.stdout);
    expect(json.shallow).toBe(true);
    expect(json.points.map((p: { done: number }) => p.done)).toEqual([1]);
  });

  it('adds a burn-up chart and the forecast to report --history', async () => {
    const repo = gitRepo();
    repo.commit('2026-10-01', { 'roadmap/plan.md': roadmapText(0, 6) });
    repo.commit('2026-11-01', { 'roadmap/plan.md': roadmapText(3, 3) });
    const result = await runWithEnv(repo.dir, { ROADMAP_TODAY: TODAY }, 'report', '--history');
    expect(result.code).toBe(0);
    const section = result.stdout.slice(result.stdout.indexOf('## History and forecast'));
    expect(section).toContain('\nxychart-beta\n    title "Plan — done and scope"\n');
    expect(section).toContain('```mermaid\n%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#8c959f, #2da44e"}}}}%%\n');
    expect(section).toContain('    line [6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6]\n');
    expect(section).toContain('    line [0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3]\n');
    expect(section).toContain('| Ship      | 2027-01-31 |');
    const plain = await runWithEnv(repo.dir, { ROADMAP_TODAY: TODAY }, 'report');
    expect(plain.stdout).not.toContain('History and forecast');
  });
});
