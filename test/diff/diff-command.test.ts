/**
 * `roadmap diff` on repositories made commit by commit: the seed's own branch of ticks,
 * additions, removals, rewordings, a move and a Priority change, every change and both verdicts
 * checked; a revision or the work tree as head; `base...head`; the markdown as cmark-gfm
 * renders it; exit codes for new blockers and for what cannot be read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmarkHtml, hasCmark, htmlTables } from '../helpers/cmark.js';
import { project, seedText } from '../helpers/fixtures.js';
import { gitRepo, roadmapText } from '../helpers/git-repo.js';
import { runWithEnv } from '../helpers/io.js';

const ENV = { ROADMAP_TODAY: '2026-12-05' };

/** A roadmap of one critical milestone whose tasks `t1`, `t2`… are done where `states` has an `x`. */
function tasks(states: string, title = 'Plan'): string {
  const items = [...states].map((state, i) => `- [${state === 'x' ? 'x' : ' '}] task ${i + 1}`);
  return `# ${title}\n\n## Critical Path (Blocking Release)\n\n### Ship\n\n${items.join('\n')}\n`;
}

/** The seed with a branch's work on it. */
function seedBranch(text: string): string {
  const replace = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`the seed has no "${from}"`);
    text = text.replace(from, to);
  };
  // Security Hardening: three of its five critical tasks ticked, one reworded.
  replace('- [ ] Resolve 4 critical security vulnerabilities (hardcoded credentials)', '- [x] Resolve 4 critical security vulnerabilities (hardcoded credentials)');
  replace('- [ ] Implement secret scanning in CI/CD pipeline', '- [x] Implement secret scanning in CI/CD pipeline');
  replace('- [ ] Rotate any exposed credentials', '- [x] Rotate any exposed credentials');
  replace('- [ ] Document security best practices', '- [ ] Document security best practices for contributors');
  // A task added and one removed in Performance Budget; one moved there from GTM Experiments.
  replace('- [ ] Set up analytics infrastructure\n', '');
  replace('- [ ] Set up performance regression testing\n', '- [ ] Set up performance regression testing\n- [ ] Add a load test for the API\n- [ ] Set up analytics infrastructure\n');
  replace('- [ ] Add caching strategies where appropriate\n', '');
  // Compliance Tasks raised from Medium to High.
  replace('### 游리 Compliance Tasks\n**Priority**: Medium', '### 游리 Compliance Tasks\n**Priority**: High');
  return text;
}

function seedRepo() {
  const repo = gitRepo();
  const base = repo.commit('2026-11-01', { 'roadmap/vnext.md': seedText() });
  return { repo, base };
}

async function diffJson(cwd: string, ...args: string[]) {
  const result = await runWithEnv(cwd, ENV, 'diff', ...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('roadmap diff on the seed', () => {
  it('reports every change of a branch, and both verdicts', async () => {
    const { repo, base } = seedRepo();
    repo.git('checkout', '-q', '-b', 'work');
    const head = repo.commit('2026-11-20', { 'roadmap/vnext.md': seedBranch(seedText()) });
    const diff = await diffJson(repo.dir, 'main', 'work');
    expect(diff.schemaVersion).toBe(1);
    expect(diff.base).toBe(base);
    expect(diff.head).toBe(head);
    expect(diff.releases).toHaveLength(1);
    const [release] = diff.releases;
    expect(release.release).toBe('vNext Milestones');
    expect(release.before).toEqual({ blocked: true, done: 0, total: 50, blockers: 5 });
    expect(release.after).toEqual({ blocked: true, done: 3, total: 50, blockers: 2 });
    expect(release.summary).toBe('3 critical tasks done: vNext Milestones is still blocked by 2 tasks');
    const where = (line: number) => `roadmap/vnext.md:${line}`;
    expect(release.tasks.map((task: Record<string, unknown>) => [task.change, `${task.file}:${task.line}`, task.text, task.milestone, task.from ?? task.fromMilestone ?? null])).toEqual([
      ['done', where(16), 'Resolve 4 critical security vulnerabilities (hardcoded credentials)', 'Security Hardening', null],
      ['done', where(17), 'Implement secret scanning in CI/CD pipeline', 'Security Hardening', null],
      ['done', where(18), 'Rotate any exposed credentials', 'Security Hardening', null],
      ['added', where(34), 'Add a load test for the API', 'Performance Budget', null],
      ['removed', where(33), 'Add caching strategies where appropriate', 'Performance Budget', null],
      ['reworded', where(20), 'Document security best practices for contributors', 'Security Hardening', 'Document security best practices'],
      ['moved', where(35), 'Set up analytics infrastructure', 'Performance Budget', 'GTM Experiments'],
    ]);
    expect(release.milestones).toEqual([
      { change: 'tier', title: 'Compliance Tasks', from: 'medium', to: 'high', file: 'roadmap/vnext.md', line: 46 },
      { change: 'priority', title: 'Compliance Tasks', from: 'Medium', to: 'High', file: 'roadmap/vnext.md', line: 46 },
    ]);
    expect(release.newBlockers).toEqual([]);
  });

  it('says a change that ticks the last critical tasks unblocks the release', async () => {
    const { repo } = seedRepo();
    const done = seedText().replace(/- \[ \] (Resolve 4|Implement secret|Rotate any|Add security|Document security)/g, '- [x] $1');
    writeFileSync(join(repo.dir, 'roadmap/vnext.md'), done);
    const diff = await diffJson(repo.dir, 'HEAD');
    expect(diff.head).toBeNull();
    expect(diff.releases[0].before.blocked).toBe(true);
    expect(diff.releases[0].after).toEqual({ blocked: false, done: 5, total: 50, blockers: 0 });
    expect(diff.releases[0].summary).toBe('this change unblocks vNext Milestones: 5 critical tasks done');
    const text = await runWithEnv(repo.dir, { ...ENV, NO_COLOR: '1' }, 'diff', 'HEAD');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 5)).toEqual([
      `Roadmap changes ${diff.base.slice(0, 7)} → the work tree`,
      '',
      'vNext Milestones  BLOCKED → CLEAR',
      '  this change unblocks vNext Milestones: 5 critical tasks done',
      '  done 0/50 → 5/50 · blockers 5 → 0',
    ]);
    expect(text.stdout).toContain('  done  roadmap/vnext.md:16  Resolve 4 critical security vulnerabilities (hardcoded credentials)  (Security Hardening, critical)\n');
  });

  it.skipIf(!hasCmark)('writes markdown that cmark-gfm renders as tables of the changes, linked to their lines', async () => {
    const { repo } = seedRepo();
    writeFileSync(join(repo.dir, 'roadmap/vnext.md'), seedBranch(seedText()));
    const result = await runWithEnv(repo.dir, ENV, 'diff', 'main', '--markdown');
    expect(result.code).toBe(0);
    const html = cmarkHtml(result.stdout);
    expect(html).toContain('<h2>Roadmap changes</h2>');
    expect(html).toContain('<h3>vNext Milestones: BLOCKED → BLOCKED</h3>');
    const [gate, tasks, milestones] = htmlTables(html);
    expect(gate).toEqual([
      ['', 'Before', 'After'],
      ['Gate', 'BLOCKED', 'BLOCKED'],
      ['Done', '0/50', '3/50'],
      ['Blockers', '5', '2'],
    ]);
    expect(tasks!.map((row) => row[0])).toEqual(['Change', 'done', 'done', 'done', 'added', 'removed', 'reworded, <strong>blocks</strong>', 'moved']);
    expect(tasks![1]![3]).toBe('<a href="roadmap/vnext.md?plain=1#L16">roadmap/vnext.md:16</a>');
    expect(tasks![5]![3]).toBe('roadmap/vnext.md:33 (base)');
    expect(tasks![6]![1]).toBe('Document security best practices for contributors (was: Document security best practices)');
    expect(tasks![7]![2]).toBe('Performance Budget (from GTM Experiments)');
    expect(milestones!.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['tier', 'Compliance Tasks', 'medium', 'high'],
      ['priority', 'Compliance Tasks', 'Medium', 'High'],
    ]);
  });

  it('links to the line at each side’s commit under GitHub Actions', async () => {
    const { repo, base } = seedRepo();
    writeFileSync(join(repo.dir, 'roadmap/vnext.md'), seedBranch(seedText()));
    const env = { ...ENV, GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'f'.repeat(40) };
    const result = await runWithEnv(repo.dir, env, 'diff', 'main', '--markdown');
    expect(result.stdout).toContain(`(https://github.com/acme/app/blob/${'f'.repeat(40)}/roadmap/vnext.md?plain=1#L16)`);
    expect(result.stdout).toContain(`(https://github.com/acme/app/blob/${base}/roadmap/vnext.md?plain=1#L33)`);
  });
});

describe('roadmap diff --markdown, as a pull request comment', () => {
  it.skipIf(!hasCmark)('notifies nobody: every @owner in task text and fields is inline code', async () => {
    const repo = gitRepo();
    const plan = (tasks: string, status: string) => `# Plan\n\n## Critical Path\n\n### Auth\n**Status**: ${status}\n\n${tasks}\n`;
    repo.commit('2026-11-01', { 'roadmap/plan.md': plan('- [ ] Rotate keys @alice\n- [ ] Audit @acme/sec (due 2026-12-01)', 'Waiting on @bob') });
    writeFileSync(join(repo.dir, 'roadmap/plan.md'), plan('- [x] Rotate keys @alice\n- [ ] Audit logs @acme/sec (due 2026-12-01)\n- [ ] Pen test @carol', 'Blocking, @dave'));
    const result = await runWithEnv(repo.dir, ENV, 'diff', 'main', '--markdown');
    expect(result.code).toBe(0);
    const html = cmarkHtml(result.stdout);
    for (const name of ['alice', 'acme/sec', 'bob', 'carol', 'dave']) expect(html).toContain(`<code>@${name}</code>`);
    // No @ outside a code span: nothing GitHub would read as a mention.
    expect(html.replace(/<code>[^<]*<\/code>/g, '')).not.toContain('@');
  });
});

describe('roadmap diff: revisions and paths', () => {
  it('compares from where two branches parted with base...head', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'roadmap/plan.md': tasks('   ') });
    repo.git('checkout', '-q', '-b', 'work');
    repo.commit('2026-11-02', { 'roadmap/plan.md': tasks('x  ') });
    repo.git('checkout', '-q', 'main');
    // main goes on: the ticks there are not the branch's.
    repo.commit('2026-11-03', { 'roadmap/plan.md': tasks('xxx') });
    const parted = await diffJson(repo.dir, 'main...work');
    expect(parted.releases[0].tasks.map((task: { change: string }) => task.change)).toEqual(['done']);
    const direct = await diffJson(repo.dir, 'main', 'work');
    expect(direct.releases[0].tasks.map((task: { change: string }) => task.change)).toEqual(['reopened', 'reopened']);
  });

  it('reads from a subfolder, and only the paths asked for', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'app/roadmap/a.md': tasks('  ', 'A'), 'app/roadmap/b.md': tasks('  ', 'B'), 'roadmap/top.md': tasks(' ', 'Top') });
    repo.commit('2026-11-02', { 'app/roadmap/a.md': tasks('x ', 'A'), 'app/roadmap/b.md': tasks('xx', 'B'), 'roadmap/top.md': tasks('x', 'Top') });
    const all = await diffJson(join(repo.dir, 'app'), 'HEAD~1', 'HEAD');
    expect(all.releases.map((release: { release: string }) => release.release)).toEqual(['A', 'B']);
    const one = await diffJson(repo.dir, 'HEAD~1', 'HEAD', '--cwd', 'app', '--paths', 'roadmap/b.md');
    expect(one.releases.map((release: { release: string; tasks: unknown[] }) => `${release.release} ${release.tasks.length}`)).toEqual(['B 2']);
  });

  it('-o writes the output to a file, never over a roadmap file', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'roadmap/plan.md': tasks(' ') });
    writeFileSync(join(repo.dir, 'roadmap/plan.md'), tasks('x'));
    const written = await runWithEnv(repo.dir, ENV, 'diff', 'HEAD', '--markdown', '-o', 'out/diff.md');
    expect(written).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(repo.dir, 'out/diff.md'), 'utf8')).toMatch(/^## Roadmap changes\n[\s\S]*\| done +\| task 1 +\|/);
    const refused = await runWithEnv(repo.dir, ENV, 'diff', 'HEAD', '-o', 'roadmap/plan.md');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('roadmap: roadmap/plan.md: is one of the roadmap files read; writing the diff there would replace it\n');
    expect(readFileSync(join(repo.dir, 'roadmap/plan.md'), 'utf8')).toBe(tasks('x'));
  });

  it('says when nothing changed', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'roadmap/plan.md': roadmapText(0, 1) });
    const result = await runWithEnv(repo.dir, ENV, 'diff', 'HEAD');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^No roadmap changes from [0-9a-f]{7} → the work tree\.\n$/);
  });
});

describe('roadmap diff: exit codes', () => {
  it('--fail-on-new-blockers exits 1 when a blocker is reopened or added, and 0 when none is', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'roadmap/plan.md': tasks('xx ') });
    writeFileSync(join(repo.dir, 'roadmap/plan.md'), tasks('x  '));
    const reopened = await runWithEnv(repo.dir, ENV, 'diff', 'HEAD', '--fail-on-new-blockers');
    expect(reopened.code).toBe(1);
    expect(reopened.stdout).toContain('reopened  roadmap/plan.md:');
    writeFileSync(join(repo.dir, 'roadmap/plan.md'), tasks('xxx'));
    expect((await runWithEnv(repo.dir, ENV, 'diff', 'HEAD', '--fail-on-new-blockers')).code).toBe(0);
    // Without the flag a new blocker is reported, not failed.
    writeFileSync(join(repo.dir, 'roadmap/plan.md'), tasks('xx  '));
    expect((await runWithEnv(repo.dir, ENV, 'diff', 'HEAD')).code).toBe(0);
    expect((await runWithEnv(repo.dir, ENV, 'diff', 'HEAD', '--fail-on-new-blockers')).code).toBe(1);
  });

  it('--fail-on widens the gate the new blockers are counted against', async () => {
    const repo = gitRepo();
    const plan = (open: string) => `# Plan\n\n## Later\n**Priority**: High\n\n- [x] a\n${open}`;
    repo.commit('2026-11-01', { 'roadmap/plan.md': plan('') });
    writeFileSync(join(repo.dir, 'roadmap/plan.md'), plan('- [ ] b\n'));
    expect((await runWithEnv(repo.dir, ENV, 'diff', 'HEAD', '--fail-on-new-blockers')).code).toBe(0);
    expect((await runWithEnv(repo.dir, ENV, 'diff', 'HEAD', '--fail-on-new-blockers', '--fail-on', 'high')).code).toBe(1);
  });

  it.each([
    ['a ref that names no commit', ['no-such-branch'], /^roadmap: "no-such-branch" names no commit in this repository\n$/],
    ['--json with --markdown', ['HEAD', '--json', '--markdown'], /^roadmap: --json and --markdown cannot be used together\n$/],
    ['an option as a ref', ['--', '--output=x'], /^roadmap: "--output=x" names no commit in this repository\n$/],
    ['a range as head', ['HEAD', 'HEAD~1..HEAD'], /^roadmap: "HEAD~1\.\.HEAD" is a range, not a commit: give <base> <head>, <base>\.\.<head> or <base>\.\.\.<head>\n$/],
    ['a range and a head', ['HEAD~1..HEAD', 'HEAD'], /^roadmap: give either <base>\.\.<head> or <base> <head>, not both\n$/],
  ])('%s is one line and exit 2', async (_, args, message) => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'roadmap/plan.md': roadmapText(0, 1) });
    const result = await runWithEnv(repo.dir, ENV, 'diff', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('outside a git work tree is one line and exit 2', async () => {
    const dir = project({ 'roadmap/plan.md': roadmapText(0, 1) });
    const result = await runWithEnv(dir, ENV, 'diff', 'HEAD');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`roadmap: ${dir} is not in a git work tree (history reads the roadmap from git)\n`);
  });

  it('no roadmap at either side is exit 2', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'README.md': 'hello\n' });
    const result = await runWithEnv(repo.dir, ENV, 'diff', 'HEAD');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: no roadmap files found in roadmap\/\*\*\/\*\.md at [0-9a-f]{7} or the work tree\n$/);
  });

  it('a side that cannot be judged names the file and exits 2, even with nothing blocking', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { 'roadmap/plan.md': 'bad\0bytes\n- [ ] hidden\n' });
    writeFileSync(join(repo.dir, 'roadmap/plan.md'), roadmapText(1, 0));
    const result = await runWithEnv(repo.dir, ENV, 'diff', 'HEAD', '--fail-on-new-blockers');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap\/plan\.md:1:\d+  error  .* \(at [0-9a-f]{7}\)  \(binary\)\n$/);
  });
});
