/**
 * `roadmap diff` end to end on the seed: a repository whose base commit is the real user's file
 * (mojibake markers and all), a branch that ticks the five critical tasks and one more, adds,
 * removes, rewords and moves tasks, reorders a milestone, changes a Priority, a Status, a
 * Timeline and a success metric (test/fixtures/diff-seed-branch/vnext.md), and a second branch
 * on top of it that reopens a critical task and adds one. Every reported change is checked, the
 * gate on each side against `status --json`, both verdicts in words, each way of naming the
 * sides, the exit codes, and the markdown as cmark-gfm renders it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cmarkHtml, hasCmark, htmlElements, htmlTables } from '../helpers/cmark.js';
import { fixturePath, project, seedText } from '../helpers/fixtures.js';
import { gitRepo, type Repo } from '../helpers/git-repo.js';
import { runWithEnv } from '../helpers/io.js';
import { edit } from './sides.js';

const ENV = { ROADMAP_TODAY: '2026-12-05', NO_COLOR: '1' };
const FILE = 'roadmap/vnext.md';
const BRANCH = readFileSync(fixturePath('diff-seed-branch', 'vnext.md'), 'utf8');

/** The branch's second commit: one critical task reopened, one critical task added. */
const REBLOCKED = edit(
  BRANCH,
  ['- [x] Rotate any exposed credentials', '- [ ] Rotate any exposed credentials'],
  ['- [x] Document security best practices\n', '- [x] Document security best practices\n- [ ] Move the credentials into a vault\n'],
);

interface Scenario {
  repo: Repo;
  /** The seed. */
  base: string;
  /** `work`: the branch. */
  head: string;
  /** `reblock`: the branch, then a critical task reopened and one added. */
  reblocked: string;
  /** `main` after the branch parted: one Technical Debt task ticked. */
  mainAhead: string;
}

function makeScenario(): Scenario {
  const repo = gitRepo();
  const base = repo.commit('2026-11-01', { [FILE]: seedText() });
  repo.git('checkout', '-q', '-b', 'work');
  const head = repo.commit('2026-11-20', { [FILE]: BRANCH });
  repo.git('checkout', '-q', '-b', 'reblock');
  const reblocked = repo.commit('2026-11-21', { [FILE]: REBLOCKED });
  repo.git('checkout', '-q', 'main');
  const mainAhead = repo.commit('2026-11-22', { [FILE]: edit(seedText(), ['- [ ] Improve test coverage', '- [x] Improve test coverage']) });
  return { repo, base, head, reblocked, mainAhead };
}

async function diffJson(cwd: string, ...args: string[]) {
  const result = await runWithEnv(cwd, ENV, 'diff', ...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/** What `status --json` says of the file as a commit has it, read into a folder of its own. */
async function statusAt(repo: Repo, commit: string) {
  const dir = project({ [FILE]: execFileSync('git', ['cat-file', 'blob', `${commit}:${FILE}`], { cwd: repo.dir }) });
  const result = await runWithEnv(dir, ENV, 'status', '--json');
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

interface ExpectedTask {
  change: string;
  file: string;
  line: number;
  text: string;
  milestone: string;
  tier: string;
  blocking: boolean;
  from?: string;
  fromMilestone?: string;
}

const task = (change: string, line: number, text: string, milestone: string, tier: string, blocking: boolean, extra: Pick<ExpectedTask, 'from' | 'fromMilestone'> = {}): ExpectedTask => ({
  change,
  file: FILE,
  line,
  text,
  milestone,
  tier,
  blocking,
  ...extra,
});

/** Every task change of the branch: lines in head, in base for the removed one. */
const BRANCH_TASKS = [
  task('done', 16, 'Resolve 4 critical security vulnerabilities (hardcoded credentials)', 'Security Hardening', 'critical', false),
  task('done', 17, 'Implement secret scanning in CI/CD pipeline', 'Security Hardening', 'critical', false),
  task('done', 18, 'Rotate any exposed credentials', 'Security Hardening', 'critical', false),
  task('done', 19, 'Add security testing to test suite', 'Security Hardening', 'critical', false),
  task('done', 20, 'Document security best practices', 'Security Hardening', 'critical', false),
  task('done', 41, 'Implement signup conversion tracking', 'GTM Experiments', 'high', false),
  task('added', 34, 'Add a load test for the API', 'Performance Budget', 'high', false),
  task('removed', 33, 'Add caching strategies where appropriate', 'Performance Budget', 'high', false),
  task('reworded', 60, 'Pin all Python dependencies (27 unpinned)', 'Technical Debt', 'medium', false, { from: 'Pin all Python dependencies (25 unpinned)' }),
  task('moved', 35, 'Set up analytics infrastructure', 'Performance Budget', 'high', false, { fromMilestone: 'GTM Experiments' }),
];

const milestone = (change: string, title: string, line: number, from: string | null, to: string | null) => ({ change, title, from, to, file: FILE, line });

const BRANCH_MILESTONES = [
  milestone('status', 'Security Hardening', 12, 'Blocking release - see PR_PLAN_FINAL_REPAIRS.md', 'Complete - see PR_PLAN_FINAL_REPAIRS.md'),
  milestone('timeline', 'Performance Budget', 26, '4-6 weeks', '6-8 weeks'),
  milestone('due', 'Performance Budget', 26, '2025-12-16', '2025-12-30'),
  milestone('tier', 'Compliance Tasks', 46, 'medium', 'high'),
  milestone('priority', 'Compliance Tasks', 46, 'Medium', 'High'),
];

const UNBLOCKS = 'this change unblocks vNext Milestones: 5 critical tasks done';

function branchRelease() {
  return {
    release: 'vNext Milestones',
    files: [FILE],
    before: { blocked: true, done: 0, total: 50, blockers: 5 },
    after: { blocked: false, done: 6, total: 50, blockers: 0 },
    tasks: BRANCH_TASKS,
    milestones: BRANCH_MILESTONES,
    metrics: [{ change: 'changed', name: 'Performance', from: 'Performance: Lighthouse score > 90', to: 'Performance: Lighthouse score > 95' }],
    newBlockers: [],
    resolvedBlockers: 5,
    summary: UNBLOCKS,
  };
}

describe('roadmap diff on a branch of the seed', () => {
  let s: Scenario;
  beforeAll(() => {
    s = makeScenario();
  });

  it('reports every change of the branch, and the gate it opens', async () => {
    const diff = await diffJson(s.repo.dir, s.base, 'work');
    expect(diff).toEqual({ schemaVersion: 1, base: s.base, head: s.head, releases: [branchRelease()] });
    expect(diff.base).toMatch(/^[0-9a-f]{40}$/);
    expect(diff.head).toMatch(/^[0-9a-f]{40}$/);
    // Documented field order: a script reading the JSON by eye sees the contract's order.
    expect(Object.keys(diff)).toEqual(['schemaVersion', 'base', 'head', 'releases']);
  });

  it('agrees with status --json on each side', async () => {
    const diff = await diffJson(s.repo.dir, s.base, s.reblocked);
    const gate = (status: { roadmaps: Array<{ blocked: boolean; totals: { done: number; total: number }; blockers: unknown[] }> }) => {
      const [roadmap] = status.roadmaps;
      return { blocked: roadmap!.blocked, done: roadmap!.totals.done, total: roadmap!.totals.total, blockers: roadmap!.blockers.length };
    };
    const before = await statusAt(s.repo, s.base);
    const after = await statusAt(s.repo, s.reblocked);
    expect(diff.releases[0].before).toEqual(gate(before));
    expect(diff.releases[0].after).toEqual(gate(after));
    expect(gate(before)).toEqual({ blocked: true, done: 0, total: 50, blockers: 5 });
    expect(gate(after)).toEqual({ blocked: true, done: 5, total: 51, blockers: 2 });
    // The new blockers are status's blockers at head that were not blockers at base.
    const lines = (status: { roadmaps: Array<{ blockers: Array<{ line: number; text: string }> }> }) => status.roadmaps[0]!.blockers.map((b) => `${b.line} ${b.text}`);
    expect(lines(after)).toEqual(['18 Rotate any exposed credentials', '21 Move the credentials into a vault']);
    expect(diff.releases[0].newBlockers).toEqual([{ file: FILE, line: 21, text: 'Move the credentials into a vault', milestone: 'Security Hardening', tier: 'critical' }]);
    expect(diff.releases[0].summary).toBe('4 critical tasks done, adds 1 release blocker: vNext Milestones is still blocked by 2 tasks');
    // Unblocked at the branch, as status says.
    expect(gate(await statusAt(s.repo, s.head))).toEqual(branchRelease().after);
  });

  it('says what the second commit does: reopens one blocker and adds another', async () => {
    const diff = await diffJson(s.repo.dir, 'work', 'reblock');
    const [release] = diff.releases;
    expect(release.before).toEqual({ blocked: false, done: 6, total: 50, blockers: 0 });
    expect(release.after).toEqual({ blocked: true, done: 5, total: 51, blockers: 2 });
    expect(release.tasks).toEqual([
      task('reopened', 18, 'Rotate any exposed credentials', 'Security Hardening', 'critical', true),
      task('added', 21, 'Move the credentials into a vault', 'Security Hardening', 'critical', true),
    ]);
    expect(release.milestones).toEqual([]);
    expect(release.newBlockers.map((blocker: { line: number }) => blocker.line)).toEqual([18, 21]);
    expect(release.summary).toBe('this change blocks vNext Milestones: adds 2 release blockers');
  });

  it('reads the same from base...head, and from where main has moved on', async () => {
    const parted = await diffJson(s.repo.dir, 'main...work');
    expect(parted).toEqual({ schemaVersion: 1, base: s.base, head: s.head, releases: [branchRelease()] });
    // Against main's tip instead, main's own tick shows as undone by the branch; main..work,
    // as git diff reads it, is the same.
    const direct = await diffJson(s.repo.dir, 'main', 'work');
    expect(direct.base).toBe(s.mainAhead);
    expect(direct.head).toBe(s.head);
    expect(direct.releases[0].before).toEqual({ blocked: true, done: 1, total: 50, blockers: 5 });
    expect(direct.releases[0].tasks.filter((t: { change: string }) => t.change === 'reopened')).toEqual([task('reopened', 63, 'Improve test coverage', 'Technical Debt', 'medium', false)]);
    expect(await diffJson(s.repo.dir, 'main..work')).toEqual(direct);
    // A side left out is HEAD (here main, checked out).
    const fromWork = await diffJson(s.repo.dir, 'work...');
    expect([fromWork.base, fromWork.head]).toEqual([s.base, s.mainAhead]);
    expect(fromWork).toEqual(await diffJson(s.repo.dir, 'work...main'));
  });

  it('--fail-on-new-blockers exits 0 for the branch, 1 for a change that adds or reopens a blocker', async () => {
    const clear = await runWithEnv(s.repo.dir, ENV, 'diff', s.base, 'work', '--fail-on-new-blockers');
    expect(clear.code).toBe(0);
    expect(clear.stderr).toBe('');
    expect(clear.stdout).toContain(`  ${UNBLOCKS}\n`);
    const reblocked = await runWithEnv(s.repo.dir, ENV, 'diff', 'work', 'reblock', '--fail-on-new-blockers');
    expect(reblocked.code).toBe(1);
    expect(reblocked.stderr).toBe('');
    expect(reblocked.stdout).toContain('vNext Milestones  CLEAR → BLOCKED\n  this change blocks vNext Milestones: adds 2 release blockers\n');
    for (const format of ['--json', '--markdown']) {
      expect((await runWithEnv(s.repo.dir, ENV, 'diff', 'work', 'reblock', format, '--fail-on-new-blockers')).code).toBe(1);
      expect((await runWithEnv(s.repo.dir, ENV, 'diff', s.base, 'work', format, '--fail-on-new-blockers')).code).toBe(0);
    }
    // Without the flag, new blockers are reported, never failed.
    expect((await runWithEnv(s.repo.dir, ENV, 'diff', 'work', 'reblock')).code).toBe(0);
  });

  it('--fail-on high counts the raised Compliance Tasks and the added high task as new blockers', async () => {
    const result = await runWithEnv(s.repo.dir, ENV, 'diff', s.base, 'work', '--fail-on', 'high', '--fail-on-new-blockers', '--json');
    expect(result.code).toBe(1);
    const [release] = JSON.parse(result.stdout).releases;
    expect(release.newBlockers.map((blocker: { line: number; text: string }) => `${blocker.line} ${blocker.text}`)).toEqual([
      '34 Add a load test for the API',
      '50 Run dependency license audit',
      '51 Create privacy policy',
      '52 Create terms of service',
      '53 Complete architecture documentation',
      '54 Ensure GDPR/CCPA compliance (if applicable)',
    ]);
    const text = await runWithEnv(s.repo.dir, ENV, 'diff', s.base, 'work', '--fail-on', 'high');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  now blocks  roadmap/vnext.md:51  Create privacy policy  (Compliance Tasks, high)\n');
  });

  it('says both verdicts in the terminal, every change on its own line', async () => {
    const result = await runWithEnv(s.repo.dir, ENV, 'diff', s.base, 'work');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        `Roadmap changes ${s.base.slice(0, 7)} → ${s.head.slice(0, 7)}`,
        '',
        'vNext Milestones  BLOCKED → CLEAR',
        `  ${UNBLOCKS}`,
        '  done 0/50 → 6/50 · blockers 5 → 0',
        '',
        '  done      roadmap/vnext.md:16  Resolve 4 critical security vulnerabilities (hardcoded credentials)  (Security Hardening, critical)',
        '  done      roadmap/vnext.md:17  Implement secret scanning in CI/CD pipeline  (Security Hardening, critical)',
        '  done      roadmap/vnext.md:18  Rotate any exposed credentials  (Security Hardening, critical)',
        '  done      roadmap/vnext.md:19  Add security testing to test suite  (Security Hardening, critical)',
        '  done      roadmap/vnext.md:20  Document security best practices  (Security Hardening, critical)',
        '  done      roadmap/vnext.md:41  Implement signup conversion tracking  (GTM Experiments, high)',
        '  added     roadmap/vnext.md:34  Add a load test for the API  (Performance Budget, high)',
        '  removed   roadmap/vnext.md:33  Add caching strategies where appropriate  (Performance Budget, high, at base)',
        '  reworded  roadmap/vnext.md:60  Pin all Python dependencies (27 unpinned)  (Technical Debt, medium)',
        '            was: Pin all Python dependencies (25 unpinned)',
        '  moved     roadmap/vnext.md:35  Set up analytics infrastructure  (GTM Experiments → Performance Budget, high)',
        '',
        '  roadmap/vnext.md:12  Security Hardening: status Blocking release - see PR_PLAN_FINAL_REPAIRS.md → Complete - see PR_PLAN_FINAL_REPAIRS.md',
        '  roadmap/vnext.md:26  Performance Budget: timeline 4-6 weeks → 6-8 weeks',
        '  roadmap/vnext.md:26  Performance Budget: due 2025-12-16 → 2025-12-30',
        '  roadmap/vnext.md:46  Compliance Tasks: tier medium → high',
        '  roadmap/vnext.md:46  Compliance Tasks: priority Medium → High',
        '  metric changed: Performance: Lighthouse score > 90 → Performance: Lighthouse score > 95',
        '',
      ].join('\n'),
    );
    const reblocked = await runWithEnv(s.repo.dir, ENV, 'diff', 'work', 'reblock');
    expect(reblocked.stdout).toContain(
      [
        '  reopened  roadmap/vnext.md:18  Rotate any exposed credentials  (Security Hardening, critical, blocks)',
        '  added     roadmap/vnext.md:21  Move the credentials into a vault  (Security Hardening, critical, blocks)',
      ].join('\n'),
    );
  });

  it.skipIf(!hasCmark)('writes markdown that cmark-gfm renders: whole tables, both verdicts, no HTML from the roadmap', async () => {
    const unblocking = await runWithEnv(s.repo.dir, ENV, 'diff', s.base, 'work', '--markdown');
    const reblocking = await runWithEnv(s.repo.dir, ENV, 'diff', 'work', 'reblock', '--markdown');
    for (const result of [unblocking, reblocking]) {
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
    }
    const html = cmarkHtml(unblocking.stdout);
    expect(html).toContain('<h3>vNext Milestones: BLOCKED → CLEAR</h3>\n<p>This change unblocks vNext Milestones: 5 critical tasks done.</p>');
    expect(cmarkHtml(reblocking.stdout)).toContain('<h3>vNext Milestones: CLEAR → BLOCKED</h3>\n<p>This change blocks vNext Milestones: adds 2 release blockers.</p>');
    expect(htmlElements(html)).toEqual(['code', 'h2', 'h3', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
    const tables = htmlTables(html);
    for (const table of tables) for (const row of table) expect(row).toHaveLength(table[0]!.length);
    const [gate, tasks, milestones, metrics] = tables;
    expect(gate).toEqual([
      ['', 'Before', 'After'],
      ['Gate', 'BLOCKED', 'CLEAR'],
      ['Done', '0/50', '6/50'],
      ['Blockers', '5', '0'],
    ]);
    expect(tasks).toEqual([
      ['Change', 'Task', 'Milestone', 'Line'],
      ...BRANCH_TASKS.map((t) => [
        t.change,
        t.from === undefined ? t.text : `${t.text} (was: ${t.from})`,
        t.fromMilestone === undefined ? t.milestone : `${t.milestone} (from ${t.fromMilestone})`,
        t.change === 'removed' ? `${FILE}:${t.line} (base)` : `${FILE}:${t.line}`,
      ]),
    ]);
    expect(milestones).toEqual([['Change', 'Milestone', 'Before', 'After', 'Line'], ...BRANCH_MILESTONES.map((m) => [m.change, m.title, m.from, m.to, `${FILE}:${m.line}`])]);
    expect(metrics).toEqual([
      ['Change', 'Metric', 'Before', 'After'],
      ['changed', 'Performance', 'Performance: Lighthouse score &gt; 90', 'Performance: Lighthouse score &gt; 95'],
    ]);
  });
});

describe('roadmap diff against the work tree', () => {
  it('reports the uncommitted branch as it reports the commit, with head null', async () => {
    const repo = gitRepo();
    const base = repo.commit('2026-11-01', { [FILE]: seedText() });
    writeFileSync(join(repo.dir, FILE), BRANCH);
    const diff = await diffJson(repo.dir, 'main');
    expect(diff).toEqual({ schemaVersion: 1, base, head: null, releases: [branchRelease()] });
    const text = await runWithEnv(repo.dir, ENV, 'diff', 'HEAD');
    expect(text.stdout.split('\n').slice(0, 4)).toEqual([`Roadmap changes ${base.slice(0, 7)} → the work tree`, '', 'vNext Milestones  BLOCKED → CLEAR', `  ${UNBLOCKS}`]);
    // The work tree's own git state is untouched: nothing staged, the file as written.
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' })).toBe(` M ${FILE}\n`);
    expect(readFileSync(join(repo.dir, FILE), 'utf8')).toBe(BRANCH);
  });

  it('shows a milestone removed, and its tasks, at their lines in base', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { [FILE]: seedText() });
    const gone = '### Business Growth\n- [ ] Revenue optimization\n- [ ] Market expansion\n- [ ] Partnership development\n- [ ] Customer success programs\n- [ ] Investor relations\n\n';
    writeFileSync(join(repo.dir, FILE), edit(seedText(), [gone, '']));
    const result = await runWithEnv(repo.dir, ENV, 'diff', 'HEAD');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  removed  roadmap/vnext.md:99  Revenue optimization  (Business Growth, low, at base)\n');
    expect(result.stdout).toContain('  removed  roadmap/vnext.md:103  Investor relations  (Business Growth, low, at base)\n');
    expect(result.stdout).toMatch(/\n\n {2}roadmap\/vnext\.md:98 {2}Business Growth: milestone removed \(at base\)\n$/);
  });

  it.skipIf(!hasCmark)('keeps roadmap text that looks like HTML or table syntax as text in the markdown', async () => {
    const repo = gitRepo();
    repo.commit('2026-11-01', { [FILE]: seedText() });
    const hostile = edit(
      BRANCH,
      ['# vNext Milestones', '# vNext | <i>Milestones</i> *now*'],
      ['### 游리 GTM Experiments', '### 游리 GTM | Experiments <b>now</b>'],
      ['- [ ] Add a load test for the API', '- [ ] Add a load test <img src=x onerror=alert(1)> | for the `API` <script>alert(1)</script> [x](javascript:alert(1))'],
    );
    writeFileSync(join(repo.dir, FILE), hostile);
    const result = await runWithEnv(repo.dir, ENV, 'diff', 'main', '--markdown');
    expect(result.code).toBe(0);
    const html = cmarkHtml(result.stdout);
    expect(html).not.toMatch(/<(img|script|b|i|em)\b/);
    expect(html).toContain('<h3>vNext | &lt;i&gt;Milestones&lt;/i&gt; now: BLOCKED → CLEAR</h3>\n<p>This change unblocks vNext | &lt;i&gt;Milestones&lt;/i&gt; now: 5 critical tasks done. Renamed from vNext Milestones.</p>');
    expect(html).not.toContain('javascript:');
    expect(htmlElements(html)).toEqual(['a', 'code', 'h2', 'h3', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
    const tables = htmlTables(html);
    for (const table of tables) for (const row of table) expect(row).toHaveLength(table[0]!.length);
    const added = tables[1]!.find((row) => row[0] === 'added')!;
    // The task's text as the parser reads it (inline code and a link's label as their text).
    expect(added[1]).toBe('Add a load test &lt;img src=x onerror=alert(1)&gt; | for the API &lt;script&gt;alert(1)&lt;/script&gt; x');
    // The renamed GTM milestone: its tasks are not reported as moved, the one that did move
    // names the milestone it left by its old title, and the new title stays text in its cell.
    expect(tables[1]!.filter((row) => row[2]!.includes('(from ')).map((row) => row[2])).toEqual(['Performance Budget (from GTM Experiments)']);
    expect(tables[1]!.find((row) => row[0] === 'done' && row[1] === 'Implement signup conversion tracking')![2]).toBe('GTM | Experiments &lt;b&gt;now&lt;/b&gt;');
    expect(tables[2]!.find((row) => row[0] === 'renamed')!.slice(1, 4)).toEqual(['GTM | Experiments &lt;b&gt;now&lt;/b&gt;', 'GTM Experiments', 'GTM | Experiments &lt;b&gt;now&lt;/b&gt;']);
  });
});
