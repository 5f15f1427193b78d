import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, seedProject } from '../helpers/fixtures.js';
import { run, runWithEnv } from '../helpers/io.js';

const SEED_BLOCKERS = [
  'roadmap/vnext.md:16:1  Resolve 4 critical security vulnerabilities (hardcoded credentials)  (Security Hardening, critical)',
  'roadmap/vnext.md:17:1  Implement secret scanning in CI/CD pipeline  (Security Hardening, critical)',
  'roadmap/vnext.md:18:1  Rotate any exposed credentials  (Security Hardening, critical)',
  'roadmap/vnext.md:19:1  Add security testing to test suite  (Security Hardening, critical)',
  'roadmap/vnext.md:20:1  Document security best practices  (Security Hardening, critical)',
];

const SEED_ANNOTATIONS = [
  '::error file=roadmap/vnext.md,line=16,col=1,title=critical blocker in Security Hardening::Resolve 4 critical security vulnerabilities (hardcoded credentials)',
  '::error file=roadmap/vnext.md,line=17,col=1,title=critical blocker in Security Hardening::Implement secret scanning in CI/CD pipeline',
  '::error file=roadmap/vnext.md,line=18,col=1,title=critical blocker in Security Hardening::Rotate any exposed credentials',
  '::error file=roadmap/vnext.md,line=19,col=1,title=critical blocker in Security Hardening::Add security testing to test suite',
  '::error file=roadmap/vnext.md,line=20,col=1,title=critical blocker in Security Hardening::Document security best practices',
];

/** On 2026-11-27 seven of the seed's milestones are overdue, and its review is 358 days late. */
const SEED_OVERDUE: Array<[line: number, milestone: string, due: string]> = [
  [12, 'Security Hardening', '2025-11-04'],
  [26, 'Performance Budget', '2025-12-16'],
  [36, 'GTM Experiments', '2025-12-30'],
  [46, 'Compliance Tasks', '2025-12-30'],
  [68, 'Infrastructure Improvements', '2026-05-04'],
  [75, 'Product Enhancements', '2026-05-04'],
  [82, 'Growth & Scaling', '2026-05-04'],
];

const SEED_WARNINGS = [
  ...SEED_OVERDUE.map(([line, milestone, due]) => `roadmap/vnext.md:${line}:1  warning  ${milestone} is overdue since ${due} (0/5 done)  (overdue)`),
  'roadmap/vnext.md:150:1  warning  review overdue by 358 days (was due 2025-12-04)  (stale-review)',
];

const SEED_WARNING_ANNOTATIONS = [
  ...SEED_OVERDUE.map(
    ([line, milestone, due]) =>
      `::warning file=roadmap/vnext.md,line=${line},col=1,title=roadmap warning (overdue)::${milestone} is overdue since ${due} (0/5 done)`,
  ),
  '::warning file=roadmap/vnext.md,line=150,col=1,title=roadmap warning (stale-review)::review overdue by 358 days (was due 2025-12-04)',
];

const GITHUB = { GITHUB_ACTIONS: 'true' };

/** Every line the runner would see, split where it splits them. */
function physicalLines(...outputs: string[]): string[] {
  return outputs.flatMap((output) => output.split(/\r\n|\r|\n/)).filter((line) => line !== '');
}

/** The lines the runner would take for workflow commands (modern `::` or legacy `##[` syntax). */
function commandLines(...outputs: string[]): string[] {
  return physicalLines(...outputs).filter((line) => /^\s*::/.test(line) || /##\[(?!\\)/.test(line));
}

describe('roadmap check on the seed', () => {
  it('exits 1 and names each blocking task, then the verdict; overdue milestones and the stale review are warnings', async () => {
    const result = await run(seedProject(), 'check');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe([...SEED_BLOCKERS, 'BLOCKED  vNext Milestones: 5 open tasks (critical)', ''].join('\n'));
    expect(result.stderr).toBe([...SEED_WARNINGS, ''].join('\n'));
    expect(result.stderr.match(/ {2}\(overdue\)$/gm)).toHaveLength(7);
  });

  it('warns of nothing on a day when nothing is late', async () => {
    const result = await run(seedProject(), 'check', '--today', '2025-11-01', '--fail-on-overdue');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('BLOCKED  vNext Milestones: 5 open tasks (critical)\n');
    expect(result.stderr).toBe('');
  });

  it('says in its verdict that overdue milestones fail it too with --fail-on-overdue', async () => {
    const result = await run(seedProject(), 'check', '--fail-on-overdue');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('BLOCKED  vNext Milestones: 5 open tasks (critical); 7 milestones overdue (fail-on-overdue)\n');
    expect(result.stderr).toBe([...SEED_WARNINGS, ''].join('\n'));
  });

  it('prints the JSON of status --json with --json, and still exits 1', async () => {
    const dir = seedProject();
    const check = await run(dir, 'check', '--json');
    const status = await run(dir, 'status', '--json');
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toEqual(JSON.parse(status.stdout));
    expect(JSON.parse(check.stdout).blocked).toBe(true);
  });

  it('widens the gate with --fail-on high', async () => {
    const result = await run(seedProject(), 'check', '--fail-on', 'high');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('roadmap/vnext.md:30:1  Establish performance budgets');
    expect(result.stdout).toContain('BLOCKED  vNext Milestones: 15 open tasks (5 critical, 10 high)');
  });
});

describe('roadmap check verdicts', () => {
  const ALL_CRITICAL_DONE = [
    '# v2',
    '',
    '## Critical Path',
    '',
    '- [x] ship the parser',
    '- [x] ship the gate',
    '',
    '## Short-term',
    '',
    '- [ ] polish the docs',
    '',
  ].join('\n');

  it('exits 0 when every critical task is done', async () => {
    const result = await run(project({ 'roadmap/v2.md': ALL_CRITICAL_DONE }), 'check');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('CLEAR  v2: no open task blocks it (fail-on critical)\n');
    expect(result.stderr).toBe('');
  });

  it('exits 1 with --fail-on high, pointing at the open high task', async () => {
    const result = await run(project({ 'roadmap/v2.md': ALL_CRITICAL_DONE }), 'check', '--fail-on', 'high');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      ['roadmap/v2.md:10:1  polish the docs  (Short-term, high)', 'BLOCKED  v2: 1 open task (high)', ''].join('\n'),
    );
  });

  it('takes gate.failOn from the config, and --fail-on over it', async () => {
    const dir = project({ 'roadmap/v2.md': ALL_CRITICAL_DONE, 'roadmap.config.json': '{ "gate": { "failOn": "high" } }' });
    expect((await run(dir, 'check')).code).toBe(1);
    const overridden = await run(dir, 'check', '--fail-on', 'critical');
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toContain('(fail-on critical)');
  });

  it('gives a verdict per release', async () => {
    const dir = project({
      'roadmap/a.md': '---\nrelease: "1.0"\n---\n# A\n\n## Blockers\n\n- [ ] fix the crash\n',
      'roadmap/b.md': '---\nrelease: "2.0"\n---\n# B\n\n## Later\n\n- [ ] dream\n',
    });
    const result = await run(dir, 'check');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(-3)).toEqual([
      'BLOCKED  1.0: 1 open task (critical)',
      'CLEAR  2.0: no open task blocks it (fail-on critical)',
      '',
    ]);
  });
});

describe('roadmap check: what it cannot judge exits 2', () => {
  it.each([
    ['--fail-on bogus', { 'roadmap/a.md': '- [ ] a\n' }, ['--fail-on', 'bogus'], 'roadmap: --fail-on must be one of critical, high, medium, low, not "bogus"'],
    ['no roadmap files', {}, [], 'roadmap: no roadmap files found in roadmap/**/*.md'],
    ['a missing path', { 'roadmap/a.md': '- [ ] a\n' }, ['nope.md'], 'roadmap: nope.md: no such file or directory'],
    ['an invalid config', { 'roadmap/a.md': '- [ ] a\n', 'roadmap.config.json': '{ "gate": { "failOn": "soon" } }' }, [], null],
  ])('%s: one line on stderr, no stack', async (_name, files, args, line) => {
    const result = await run(project(files), 'check', ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    if (line !== null) expect(lines[0]).toBe(line);
    else expect(lines[0]).toMatch(/^roadmap: roadmap\.config\.json: gate\.failOn/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file it could not judge makes the run exit 2, blocked or not', async () => {
    const result = await run(seedProject(), 'check', '--max-file-size', '100');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap\/vnext\.md:1:1  error  larger than --max-file-size/);
  });
});

describe('roadmap check on front matter', () => {
  it('cannot judge a file whose broken front matter holds task items: exit 2, the line named', async () => {
    const result = await run(project({ 'roadmap/a.md': '---\n- [ ] Critical fix\n---\n# A\n\n## Critical\n\n- [x] done\n' }), 'check');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap\/a\.md:\d+:\d+  error  .*it holds task items: not judged  \(front-matter\)$/m);
  });

  it('still judges a file whose refused front matter holds none: the tasks after it decide', async () => {
    const result = await run(project({ 'roadmap/a.md': '---js\nalert(1)\n---\n# A\n\n## Critical\n\n- [x] done\n' }), 'check');
    expect(result.code).toBe(0);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('reads blocking: true in %s front matter alike: the gate closes', async (_name, eol) => {
    const text = ['---', 'blocking: true', '---', '# Launch', '', '## Polish', '', '- [ ] open', ''].join(eol);
    const result = await run(project({ 'roadmap/a.md': text }), 'check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('roadmap/a.md:8:1');
  });
});

describe('roadmap check under GitHub Actions', () => {
  it('annotates each blocker with a workflow command', async () => {
    const result = await runWithEnv(seedProject(), GITHUB, 'check');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [...SEED_BLOCKERS, 'BLOCKED  vNext Milestones: 5 open tasks (critical)', ...SEED_ANNOTATIONS, ...SEED_WARNING_ANNOTATIONS, ''].join('\n'),
    );
  });

  it('prints no annotation outside GitHub Actions', async () => {
    const result = await runWithEnv(seedProject(), { GITHUB_ACTIONS: 'false' }, 'check');
    expect(commandLines(result.stdout, result.stderr)).toEqual([]);
  });

  it('annotates at most ten blockers, then says how many more there are', async () => {
    const result = await runWithEnv(seedProject(), GITHUB, 'check', '--fail-on', 'high');
    const commands = commandLines(result.stdout);
    expect(commands.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(commands.slice(10, 11)).toEqual(['::notice::5 more blockers not annotated; the log lists every one']);
    expect(commands.slice(11)).toEqual(SEED_WARNING_ANNOTATIONS);
    expect(commands[9]).toBe(
      '::error file=roadmap/vnext.md,line=34,col=1,title=high blocker in Performance Budget::Set up performance regression testing',
    );
    // The log still lists all fifteen.
    expect(physicalLines(result.stdout).filter((line) => line.startsWith('roadmap/vnext.md:'))).toHaveLength(15);
  });

  it('names files from the repository root when run in a subfolder', async () => {
    const dir = project({ 'docs/roadmap/a.md': '# A\n\n## Critical\n\n- [ ] fix it\n' });
    const result = await runWithEnv(dir, { ...GITHUB, GITHUB_WORKSPACE: dir }, 'check', '--cwd', 'docs');
    expect(result.stdout).toContain('roadmap/a.md:5:1  fix it  (Critical, critical)\n');
    expect(commandLines(result.stdout)).toEqual(['::error file=docs/roadmap/a.md,line=5,col=1,title=critical blocker in Critical::fix it']);
  });

  it('cuts a very long task text in its annotation; the log keeps it whole', async () => {
    const long = 'word '.repeat(1000).trim();
    const result = await runWithEnv(project({ 'roadmap/a.md': `# A\n\n## Critical\n\n- [ ] ${long}\n` }), GITHUB, 'check');
    const [annotation] = commandLines(result.stdout);
    const message = annotation!.slice(annotation!.lastIndexOf('::') + 2);
    expect(Array.from(message)).toHaveLength(1000);
    expect(message.endsWith('…')).toBe(true);
    expect(result.stdout).toContain(`roadmap/a.md:5:1  ${long}  (Critical, critical)\n`);
  });

  it('keeps stdout one JSON document with --json; annotations go to stderr', async () => {
    const result = await runWithEnv(seedProject(), GITHUB, 'check', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).blocked).toBe(true);
    expect(commandLines(result.stderr)).toEqual([...SEED_ANNOTATIONS, ...SEED_WARNING_ANNOTATIONS]);
    // The warnings themselves are in the JSON (due, overdue, review), not repeated as lines.
    expect(physicalLines(result.stderr).filter((line) => !line.startsWith('::'))).toEqual([]);
  });

  it('annotates diagnostics as warnings, at most ten', async () => {
    const headings = Array.from({ length: 12 }, (_, i) => `## M${i}\n**Priority**: someday-ish\n\n- [ ] t${i}\n`).join('\n');
    const result = await runWithEnv(project({ 'roadmap/a.md': `# A\n\n${headings}` }), GITHUB, 'check');
    const warnings = commandLines(result.stdout).filter((line) => line.startsWith('::warning '));
    expect(warnings).toHaveLength(10);
    expect(warnings[0]).toMatch(/^::warning file=roadmap\/a\.md,line=4,col=1,title=roadmap error \(unknown-priority\)::/);
    expect(commandLines(result.stdout)).toContain('::notice::2 more diagnostics not annotated; the log lists every one');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(12);
  });
});

describe('roadmap check with hostile text and file names', () => {
  const HOSTILE_TEXT =
    '100% done, see: a,b::c \u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u001b[31mred\u001b[0m ##[error]legacy\n::set-output name=x::y';
  const HOSTILE_HEADING = '## Crit: 50%, a,b \u001b[31m::warning::x';
  const HOSTILE_FILE = 'a%b,c:d::e\r\n::error::f\u001b[31m.md';

  function hostileProject(): string {
    const text = `# H\n\n${HOSTILE_HEADING}\n**Priority**: critical\n\n- [ ] ${HOSTILE_TEXT}\n\n## Later\n**Priority**: ##[error]x, y::z\n\n- [ ] t\n`;
    return project({ [`roadmap/${HOSTILE_FILE}`]: text, '::error::pwned.md': text });
  }

  it('escapes annotations exactly, and no other line can act as a workflow command', async () => {
    const result = await runWithEnv(hostileProject(), GITHUB, 'check', 'roadmap', '::error::pwned.md');
    expect(result.code).toBe(1);
    const message = '100%25 done, see: a,b::c link red ##[error]legacy ::set-output name=x::y';
    const title = 'critical blocker in Crit%3A 50%25%2C a%2Cb %3A%3Awarning%3A%3Ax';
    expect(commandLines(result.stdout, result.stderr)).toEqual([
      `::error file=%3A%3Aerror%3A%3Apwned.md,line=6,col=1,title=${title}::${message}`,
      `::error file=roadmap/a%25b%2Cc%3Ad%3A%3Ae  %3A%3Aerror%3A%3Af.md,line=6,col=1,title=${title}::${message}`,
      '::warning file=%3A%3Aerror%3A%3Apwned.md,line=10,col=1,title=roadmap error (unknown-priority)::Priority "##[error]x, y::z" names no tier',
      '::warning file=roadmap/a%25b%2Cc%3Ad%3A%3Ae  %3A%3Aerror%3A%3Af.md,line=10,col=1,title=roadmap error (unknown-priority)::Priority "##[error]x, y::z" names no tier',
    ]);
    expect(result.stderr.split('\n')[0]).toBe('./::error::pwned.md:10:1  error  Priority "##[\\error]x, y::z" names no tier  (unknown-priority)');
    // The plain lines carry the same text, defused: a file name cannot start a command.
    expect(result.stdout).toContain(
      './::error::pwned.md:6:1  100% done, see: a,b::c link red ##[\\error]legacy ::set-output name=x::y  (Crit: 50%, a,b ::warning::x, critical)\n',
    );
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('keeps control characters out of the job summary', async () => {
    const dir = hostileProject();
    const summary = join(dir, 'summary.md');
    await runWithEnv(dir, { GITHUB_STEP_SUMMARY: summary }, 'check', 'roadmap');
    const written = readFileSync(summary, 'utf8');
    expect(written).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(written).toContain('##\\[error]legacy');
  });
});

describe('roadmap check and $GITHUB_STEP_SUMMARY', () => {
  it('appends its verdict, keeping what is already there', async () => {
    const dir = seedProject();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Tests\n\nAll 120 passed.\n');
    const result = await runWithEnv(dir, { ...GITHUB, GITHUB_STEP_SUMMARY: summary }, 'check');
    expect(result.code).toBe(1);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# Tests\n\nAll 120 passed.\n\n## Roadmap gate: blocked\n')).toBe(true);
    expect(written).toContain('### ❌ vNext Milestones: blocked\n\n5 open tasks (critical). 0/50 tasks done.\n');
    expect(written).toContain(
      '| `roadmap/vnext.md:16` | Resolve 4 critical security vulnerabilities (hardcoded credentials) | Security Hardening | critical |\n',
    );
    expect(written).toContain('\n7 milestones overdue:\n\n| Where | Overdue milestone | Due | Done |\n');
    // Hyphens that do not break keep each date on one line in a narrow column.
    expect(written).toContain('| `roadmap/vnext.md:12` | Security Hardening | 2025\u201111\u201104 | 0/5 |\n');
    expect(written).toContain('| `roadmap/vnext.md:82` | Growth & Scaling | 2026\u201105\u201104 | 0/5 |\n');
    expect(written.endsWith('\nStale review: `roadmap/vnext.md:150` review overdue by 358 days (was due 2025-12-04).\n')).toBe(true);
  });

  /** The job summary `check` appends on the seed, under these Actions variables. */
  async function summaryUnder(actions: Record<string, string>): Promise<string> {
    const dir = seedProject();
    const summary = join(dir, 'summary.md');
    await runWithEnv(dir, { ...GITHUB, GITHUB_STEP_SUMMARY: summary, ...actions }, 'check');
    return readFileSync(summary, 'utf8');
  }

  it("links each place to its line at the workflow's commit when the job names one", async () => {
    const written = await summaryUnder({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/rocket',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    });
    const blob = 'https://github.com/acme/rocket/blob/0123456789abcdef0123456789abcdef01234567/roadmap/vnext.md';
    expect(written).toContain(`| [\`roadmap/vnext.md:16\`](${blob}?plain=1#L16) | Resolve 4 critical security vulnerabilities`);
    expect(written).toContain(`| [\`roadmap/vnext.md:12\`](${blob}?plain=1#L12) | Security Hardening |`);
    expect(written).toContain(`Stale review: [\`roadmap/vnext.md:150\`](${blob}?plain=1#L150) review overdue`);
  });

  it('makes no absolute link from a server or commit that is not one', async () => {
    const written = await summaryUnder({ GITHUB_SERVER_URL: 'javascript:alert(1)//', GITHUB_REPOSITORY: 'acme/rocket', GITHUB_SHA: 'main) [x](y' });
    expect(written).toContain('| `roadmap/vnext.md:16` | Resolve 4');
    expect(written).not.toContain('](');
  });

  it('appends again on a second run rather than overwriting', async () => {
    const dir = project({ 'roadmap/a.md': '# A\n\n## Now\n\n- [ ] later\n' });
    const summary = join(dir, 'summary.md');
    await runWithEnv(dir, { GITHUB_STEP_SUMMARY: summary }, 'check');
    const first = readFileSync(summary, 'utf8');
    expect(first).toBe('## Roadmap gate: clear\n\n### ✅ A: clear\n\nNo open task blocks it (fail-on critical). 0/1 tasks done.\n');
    await runWithEnv(dir, { GITHUB_STEP_SUMMARY: summary }, 'check');
    expect(readFileSync(summary, 'utf8')).toBe(`${first}\n${first}`);
  });

  it('exits 2 when the summary cannot be written', async () => {
    const dir = seedProject();
    const result = await runWithEnv(dir, { GITHUB_STEP_SUMMARY: join(dir, 'missing', 'summary.md') }, 'check');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot append the job summary \(\$GITHUB_STEP_SUMMARY, ENOENT\)\n$/);
  });
});
