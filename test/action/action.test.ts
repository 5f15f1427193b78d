/**
 * The GitHub Action: action.yml's contract, its inputs, and its steps run in process as the
 * runner would run them (INPUT_* variables, GITHUB_ACTIONS=true, a job summary file, a
 * pull_request event payload).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_NAMES, readInputs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run.js';
import { fakeIo } from '../helpers/io.js';
import { project, seedProject, seedText } from '../helpers/fixtures.js';
import { gitRepo } from '../helpers/git-repo.js';
import { actionYml as action, inputEnv } from '../helpers/action.js';

function summaryFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'roadmap-summary-')), 'summary.md');
  writeFileSync(path, '');
  return path;
}

async function runIn(cwd: string, env: Record<string, string | undefined>) {
  const summary = summaryFile();
  // The runner sets GITHUB_WORKSPACE, the checkout, which annotations name files from.
  const io = fakeIo(cwd, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: cwd, GITHUB_STEP_SUMMARY: summary, ...env });
  const code = await runAction(io);
  return { code, stdout: io.out(), stderr: io.err(), summary: readFileSync(summary, 'utf8') };
}

const SECURITY_LINES = [16, 17, 18, 19, 20];

describe('action.yml', () => {
  it('is a JavaScript action on node24 that starts the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'action/index.js' });
  });

  it('declares exactly the inputs the Action reads, none required', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES]);
    for (const spec of Object.values(action.inputs)) expect(spec.required).toBe(false);
  });

  it('has defaults the Action accepts: the default paths and gate, the diff on', () => {
    expect(readInputs(inputEnv(), '/work')).toEqual({
      paths: [],
      failOn: undefined,
      failOnOverdue: false,
      workingDirectory: '/work',
      diff: true,
      diffFile: undefined,
    });
  });
});

describe('inputs', () => {
  it.each([
    ['the runner spelling, dashes kept', { 'INPUT_FAIL-ON': 'high', 'INPUT_FAIL-ON-OVERDUE': 'true' }, { failOn: 'high', failOnOverdue: true }],
    ['underscores, as a shell sets them', { INPUT_FAIL_ON: 'low', INPUT_FAIL_ON_OVERDUE: 'TRUE' }, { failOn: 'low', failOnOverdue: true }],
    ['paths split on white space and new lines', { INPUT_PATHS: ' plans/a.md\n  plans/*.md\tdocs ' }, { paths: ['plans/a.md', 'plans/*.md', 'docs'] }],
    ['working-directory and diff-file resolved from the workspace', { 'INPUT_WORKING-DIRECTORY': 'app', 'INPUT_DIFF-FILE': 'out/diff.md' }, { workingDirectory: '/work/app', diffFile: '/work/out/diff.md' }],
    ['diff off', { INPUT_DIFF: 'false' }, { diff: false }],
  ])('%s', (_, env, expected) => {
    expect(readInputs(env, '/work')).toMatchObject(expected);
  });

  it.each([
    ['fail-on', { 'INPUT_FAIL-ON': 'urgent' }, 'roadmap: fail-on must be one of critical, high, medium, low, not "urgent"\n'],
    ['fail-on-overdue', { 'INPUT_FAIL-ON-OVERDUE': 'yes' }, 'roadmap: fail-on-overdue must be true or false, not "yes"\n'],
    ['diff', { INPUT_DIFF: 'on' }, 'roadmap: diff must be true or false, not "on"\n'],
    ['an escape sequence in a value', { 'INPUT_FAIL-ON': 'x\u001b]8;;evil\u0007' }, 'roadmap: fail-on must be one of critical, high, medium, low, not "x"\n'],
  ])('a bad %s is one line and exit 2, before anything runs', async (_, env, message) => {
    const result = await runIn(seedProject(), env);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: message, summary: '' });
  });
});

describe('the gate', () => {
  it('on the seed: exit 1, an error annotation per blocker, the verdict in the job summary', async () => {
    const result = await runIn(seedProject(), inputEnv());
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(errors.map((line) => /line=(\d+)/.exec(line)?.[1])).toEqual(SECURITY_LINES.map(String));
    expect(errors[0]).toBe(
      '::error file=roadmap/vnext.md,line=16,col=1,title=critical blocker in Security Hardening::Resolve 4 critical security vulnerabilities (hardcoded credentials)',
    );
    expect(result.summary).toContain('vNext Milestones');
    expect(result.summary).toContain('Resolve 4 critical security vulnerabilities');
  });

  it('passes paths, fail-on and fail-on-overdue, and reads paths in working-directory', async () => {
    const dir = project({
      'app/plans/a.md': '# A\n\n## Short-term\n**Due**: 2026-01-01\n\n- [ ] soon\n',
      'app/plans/b.md': '# B\n\n## Critical\n\n- [x] done\n',
      'app/other/c.md': '# C\n\n## Critical\n\n- [ ] not asked for\n',
    });
    const high = await runIn(dir, inputEnv({ paths: 'plans/a.md\n  plans/*.md', 'fail-on': 'high', 'working-directory': 'app' }));
    expect(high.code).toBe(1);
    expect(high.stdout).toContain('::error file=app/plans/a.md,line=6,col=1,title=high blocker in Short-term::soon\n');
    expect(high.stdout).not.toContain('not asked for');
    const overdue = await runIn(dir, inputEnv({ paths: 'plans/b.md plans/a.md', 'working-directory': 'app', 'fail-on-overdue': 'true' }));
    expect(overdue.code).toBe(1);
    expect(overdue.stdout).toContain('OVERDUE  A: 1 milestone overdue (fail-on-overdue)');
    const clear = await runIn(dir, inputEnv({ paths: 'plans/b.md plans/a.md', 'working-directory': 'app' }));
    expect(clear.code).toBe(0);
  });

  it('a path that does not exist is exit 2, not a clear gate', async () => {
    const result = await runIn(seedProject(), inputEnv({ paths: 'roadmap/missing.md' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('roadmap/missing.md');
  });
});

/** The seed at a base commit, and a pull request merged onto it in the work tree, as actions/checkout leaves it. */
function pullRequest(edit: (seed: string) => string) {
  const repo = gitRepo();
  const base = repo.commit('2026-11-20', { 'roadmap/vnext.md': seedText() });
  const head = repo.commit('2026-11-26', { 'roadmap/vnext.md': edit(seedText()) }, 'the pull request');
  const event = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}-event.json`);
  writeFileSync(event, JSON.stringify({ action: 'synchronize', pull_request: { number: 7, base: { sha: base, ref: 'main' } } }));
  return { dir: repo.dir, base, head, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event } };
}

/** Ticks the seed's task on `line` (1-based). */
const tick = (lines: number[]) => (text: string) =>
  text
    .split('\n')
    .map((line, index) => (lines.includes(index + 1) ? line.replace('- [ ]', '- [x]') : line))
    .join('\n');

describe('the diff, on pull requests', () => {
  it('appends what the pull request does to the job summary, after the verdict', async () => {
    const pr = pullRequest(tick(SECURITY_LINES));
    const result = await runIn(pr.dir, { ...inputEnv(), ...pr.env });
    expect(result.code).toBe(0);
    const diffAt = result.summary.indexOf('## Roadmap changes');
    expect(diffAt).toBeGreaterThan(0);
    expect(result.summary.slice(0, diffAt)).toContain('vNext Milestones');
    const diff = result.summary.slice(diffAt);
    expect(diff).toContain(`From \`${pr.base.slice(0, 7)}\` to \`${pr.head.slice(0, 7)}\`.`);
    expect(diff).toMatch(/unblocks vNext Milestones: 5 critical tasks done/i);
    expect(result.stdout).toContain(`roadmap diff: what the pull request does to the roadmap, from ${pr.base.slice(0, 7)}, is in the job summary\n`);
  });

  it('writes the same markdown to diff-file, relative to the workspace', async () => {
    const pr = pullRequest(tick([16]));
    const result = await runIn(pr.dir, { ...inputEnv({ 'diff-file': 'out-diff.md' }), ...pr.env });
    expect(result.code).toBe(1);
    const written = readFileSync(join(pr.dir, 'out-diff.md'), 'utf8');
    expect(written).toMatch(/^## Roadmap changes\n/);
    expect(written).toContain('Resolve 4 critical security vulnerabilities');
    expect(result.summary).toContain(written.trimEnd());
    expect(result.stdout).toContain(`is in the job summary and in ${join(pr.dir, 'out-diff.md')}\n`);
  });

  it('without a job summary, says only where the diff went', async () => {
    const pr = pullRequest(tick([16]));
    const io = fakeIo(pr.dir, { ...inputEnv({ 'diff-file': 'd.md' }), ...pr.env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: pr.dir });
    expect(await runAction(io)).toBe(1);
    expect(io.out()).toContain(`from ${pr.base.slice(0, 7)}, is in ${join(pr.dir, 'd.md')}\n`);
    expect(readFileSync(join(pr.dir, 'd.md'), 'utf8')).toContain('## Roadmap changes');
  });

  it('a base the clone does not hold is a warning with the fix; the gate still decides', async () => {
    const pr = pullRequest(tick([16]));
    const event = join(pr.dir, '..', 'missing-base.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'f'.repeat(40) } } }));
    const result = await runIn(pr.dir, { ...inputEnv(), ...pr.env, GITHUB_EVENT_PATH: event });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "::warning title=roadmap diff::this clone does not hold the commit (the pull request's base, fffffff): check out with fetch-depth: 0 to see what it does to the roadmap\n",
    );
    expect(result.summary).not.toContain('Roadmap changes');
  });

  it.each([
    ['no payload file', { GITHUB_EVENT_PATH: '/nonexistent/event.json' }, '/nonexistent/event.json does not exist'],
    ['a payload without a base commit', { GITHUB_EVENT_PATH: 'BAD' }, 'names no pull_request.base.sha'],
  ])('%s: a warning, and the gate still decides', async (_, env, said) => {
    const pr = pullRequest(tick(SECURITY_LINES));
    const bad = join(pr.dir, '..', 'bad-event.json');
    writeFileSync(bad, JSON.stringify({ pull_request: { base: { sha: 'main; rm -rf /' } } }));
    const result = await runIn(pr.dir, { ...inputEnv(), ...pr.env, GITHUB_EVENT_PATH: env.GITHUB_EVENT_PATH === 'BAD' ? bad : env.GITHUB_EVENT_PATH });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning title=roadmap diff::cannot tell what the pull request changes: /m);
    expect(result.stdout).toContain(said);
  });

  it('not on a push, and not with diff: false', async () => {
    const pr = pullRequest(tick(SECURITY_LINES));
    const push = await runIn(pr.dir, { ...inputEnv(), ...pr.env, GITHUB_EVENT_NAME: 'push' });
    const off = await runIn(pr.dir, { ...inputEnv({ diff: 'false' }), ...pr.env });
    for (const result of [push, off]) {
      expect(result.code).toBe(0);
      expect(result.summary).not.toContain('Roadmap changes');
      expect(result.stdout).not.toContain('roadmap diff');
    }
  });
});
