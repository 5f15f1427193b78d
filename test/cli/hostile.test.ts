/**
 * The hostile folder: every kind of input a roadmap tool should survive, at once. The committed
 * files are under test/fixtures/hostile/roadmap/; the ones git cannot hold well (bad encodings,
 * NUL bytes, links, a FIFO, large files) are made here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-code.js';
import { buildProgram } from '../../src/cli/program.js';
import { copyFixture, project } from '../helpers/fixtures.js';
import { UNSAFE_OUTPUT } from '../helpers/unsafe.js';
import { fakeIo, run, runWithEnv, type RunResult } from '../helpers/io.js';

const posix = process.platform !== 'win32';

/** Seconds one run over the whole folder may take, with room for a loaded CI machine. */

const TEN_THOUSAND = `# Big\n\n## Medium-term\n\n${Array.from({ length: 10_000 }, (_, i) => `- [${i % 4 === 0 ? 'x' : ' '}] Task ${i} @owner #tag`).join('\n')}\n`;

/** done/total per file: every task that can be read, counted. */
const EXPECTED: Record<string, [number, number]> = {
  'roadmap/binary.md': [0, 0],
  'roadmap/ci-injection.md': [0, 2],
  'roadmap/deep-nesting.md': [0, 2],
  'roadmap/fm-alias-bomb.md': [0, 1],
  'roadmap/fm-coffee.md': [0, 1],
  'roadmap/fm-constructor.md': [1, 1],
  'roadmap/fm-deep-yaml.md': [0, 1],
  'roadmap/fm-huge.md': [0, 1],
  'roadmap/fm-javascript-capitals.md': [0, 1],
  'roadmap/fm-js-spaced-crlf.md': [0, 1],
  'roadmap/fm-js-tag.md': [0, 1],
  'roadmap/fm-js.md': [1, 2],
  'roadmap/fm-list.md': [0, 1],
  'roadmap/fm-proto-keys.md': [0, 1],
  'roadmap/fm-proto.md': [0, 1],
  'roadmap/fm-scalar.md': [0, 1],
  'roadmap/fm-unclosed.md': [0, 1],
  'roadmap/latin1.md': [1, 2],
  'roadmap/markdown-injection.md': [0, 4],
  'roadmap/terminal-escapes.md': [0, 6],
  'roadmap/utf16.md': [0, 1],
};

/** One line on stderr per refusal or damaged file: `file:line:column  severity  message  (rule)`. */
const REFUSALS = [
  'roadmap/binary.md:2:1  error  binary file (NUL bytes) skipped: not judged  (binary)',
  'roadmap/fm-alias-bomb.md:1:1  error  front matter expands too far through YAML aliases  (front-matter)',
  'roadmap/fm-coffee.md:1:1  error  front matter in "coffee" is refused: only YAML is read  (front-matter)',
  'roadmap/fm-constructor.md:1:1  error  front matter in "constructor" is refused: only YAML is read  (front-matter)',
  'roadmap/fm-deep-yaml.md:2:',
  'roadmap/fm-huge.md:1:1  error  front matter is larger than 64 KiB  (front-matter)',
  'roadmap/fm-javascript-capitals.md:1:1  error  front matter in "JavaScript" is refused: only YAML is read  (front-matter)',
  'roadmap/fm-js-spaced-crlf.md:1:1  error  front matter in "js" is refused: only YAML is read  (front-matter)',
  'roadmap/fm-js-tag.md:2:8  error  invalid YAML: Unresolved tag: tag:yaml.org,2002:js/function  (front-matter)',
  'roadmap/fm-js.md:1:1  error  front matter in "js" is refused: only YAML is read  (front-matter)',
  'roadmap/fm-list.md:1:1  error  front matter (root): Invalid input: expected object, received array  (front-matter)',
  'roadmap/fm-proto.md:1:1  error  front matter in "__proto__" is refused: only YAML is read  (front-matter)',
  'roadmap/fm-scalar.md:1:1  error  front matter (root): Invalid input: expected object, received string  (front-matter)',
  'roadmap/fm-unclosed.md:1:1  error  front matter is not closed by a "---" line  (front-matter)',
  'roadmap/latin1.md:5:1  error  not valid UTF-8: read with replacement characters, not judged  (encoding)',
  'roadmap/utf16.md:1:1  warning  UTF-16LE text read; roadmap files should be UTF-8  (encoding)',
];

function hostileFolder(): string {
  const dir = copyFixture('hostile');
  const add = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, 'roadmap', name), content);
  add('latin1.md', Buffer.from('# Latin-1\n\n## Short-term\n\n- [ ] Caf\u00e9 cr\u00e8me\n- [x] na\u00efve\n', 'latin1'));
  add('binary.md', Buffer.concat([Buffer.from('- [ ] hidden in a binary file\n'), Buffer.from([0, 1, 2, 0xff])]));
  add('utf16.md', Buffer.from('\uFEFF## Short-term\n\n- [ ] Written by PowerShell\n', 'utf16le'));
  add('fm-deep-yaml.md', `---\nx: ${'['.repeat(3000)}${']'.repeat(3000)}\n---\n## Short-term\n\n- [ ] Under deep YAML\n`);
  add('fm-huge.md', `---\n${'k: v\n'.repeat(20_000)}---\n## Short-term\n\n- [ ] Under a huge block\n`);
  if (posix) {
    symlinkSync('..', join(dir, 'roadmap', 'loop'));
    symlinkSync('self.md', join(dir, 'roadmap', 'self.md'));
    symlinkSync('missing.md', join(dir, 'roadmap', 'dangling.md'));
    symlinkSync('/etc/hostname', join(dir, 'roadmap', 'outside.md'));
    execFileSync('mkfifo', [join(dir, 'roadmap', 'fifo.md')]);
  }
  return dir;
}

const hasCheck = buildProgram(fakeIo('.'), { exitCode: ExitCode.Ok }).commands.some((c) => c.name() === 'check');

describe('the hostile folder', () => {
  let dir: string;
  let json: RunResult;
  let terminal: RunResult;

  beforeAll(async () => {
    dir = hostileFolder();
    // Speed is the benchmark's to measure; here a hang or a crash is what fails (the test timeout).
    json = await run(dir, 'status', '--json');
    terminal = await run(dir, 'status');
  }, 60_000);

  it('runs no code from any file', () => {
    expect(existsSync(join(dir, 'pwned-by-roadmap.txt'))).toBe(false);
    expect((globalThis as { roadmapPwned?: unknown }).roadmapPwned).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('counts every task it can read, each real file once', () => {
    const report = JSON.parse(json.stdout);
    const counted = Object.fromEntries(
      report.roadmaps.map((r: { file: string; totals: { done: number; total: number } }) => [r.file, [r.totals.done, r.totals.total]]),
    );
    expect(counted).toEqual(EXPECTED);
    const all = Object.values(EXPECTED).reduce((sum, [done, total]) => [sum[0]! + done, sum[1]! + total], [0, 0]);
    expect(report.totals).toEqual({ done: all[0], total: all[1] });
  });

  it('names every refusal in one line, without a stack trace', () => {
    const lines = terminal.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(REFUSALS.length + 1);
    for (const refusal of REFUSALS) expect(lines.filter((line) => line.startsWith(refusal))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('(unknown-priority)'))).toHaveLength(1);
    expect(terminal.stderr).not.toMatch(/^\s+at /m);
  });

  it('prints no escape, C1 or bidi character', () => {
    for (const output of [json.stdout, json.stderr, terminal.stdout, terminal.stderr]) expect(output).not.toMatch(UNSAFE_OUTPUT);
    expect(terminal.stdout).toContain('Link click here now');
  });

  it('still sees the open critical task behind refused front matter: the release is blocked', () => {
    const report = JSON.parse(json.stdout);
    const refused = report.roadmaps.find((r: { file: string }) => r.file === 'roadmap/fm-js.md');
    expect(refused.blocked).toBe(true);
    expect(refused.blockers).toEqual([
      {
        file: 'roadmap/fm-js.md',
        line: 8,
        column: 1,
        text: 'Rotate the leaked credentials',
        milestone: 'Critical Path (Blocking Release)',
        tier: 'critical',
      },
    ]);
    expect(report.blocked).toBe(true);
    // binary.md and latin1.md could not be judged, so no answer is trusted: exit 2, not 0.
    expect(report.judged).toBe(false);
    expect(json.code).toBe(ExitCode.Failed);
  });

  describe.runIf(hasCheck)('roadmap check', () => {
    it('fails the gate closed, still naming the task behind refused front matter, safely', async () => {
      const result = await run(dir, 'check');
      expect(result.code).toBe(ExitCode.Failed);
      expect(result.stdout).toContain('roadmap/fm-js.md:8:1');
      expect(result.stdout + result.stderr).not.toMatch(UNSAFE_OUTPUT);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    });

    it('writes no workflow command it did not mean to', async () => {
      const result = await runWithEnv(dir, { GITHUB_ACTIONS: 'true' }, 'check');
      const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
      expect(commands.length).toBeGreaterThan(0);
      // ci-injection.md tries to forge these from task text.
      for (const line of commands) {
        expect(line).not.toMatch(/^::(set-output|save-state|set-env|add-path|add-mask)/);
        expect(line).not.toMatch(/^::error file=README\.md/);
        // A `%` from the text is escaped as %25, or the runner would read `%0A` as a line break.
        expect(line).not.toMatch(/[^%]%0A::error file=README/);
      }
      expect(existsSync(join(dir, 'pwned-by-roadmap.txt'))).toBe(false);
    });
  });
});

describe('a large roadmap', () => {
  it('10,000 tasks in one file are all counted', async () => {
    const result = await run(project({ 'roadmap/big.md': TEN_THOUSAND }), 'status', '--json');
    expect(result.code).toBe(ExitCode.Ok);
    expect(JSON.parse(result.stdout).totals).toEqual({ done: 2500, total: 10_000 });
  });
});

describe('a milestone of 130,000 tasks', () => {
  // More than a function call takes arguments: every list of them is built by a loop.
  const HUGE = `# Huge\n\n## Critical\n\n${'- [ ] open\n'.repeat(130_000)}`;

  it('is counted by status, named by check and summed up by report --verbose', async () => {
    const dir = project({ 'roadmap/huge.md': HUGE });
    const status = await run(dir, 'status', '--json', '--parse-timeout', '120000');
    expect(status.code).toBe(ExitCode.Ok);
    expect(JSON.parse(status.stdout).totals).toEqual({ done: 0, total: 130_000 });
    const check = await run(dir, 'check');
    expect(check.code).toBe(ExitCode.Found);
    expect(check.stdout).toContain('roadmap/huge.md:130004:1');
    const report = await run(dir, 'report', '--verbose');
    expect(report.code).toBe(ExitCode.Ok);
    expect(report.stderr).toBe('');
    // A report lists the first thousand and says how many it leaves to `check` and `status --json`.
    expect(report.stdout).toContain('[roadmap/huge.md:1004](roadmap/huge.md?plain=1#L1004) open');
    expect(report.stdout).not.toContain('roadmap/huge.md:1005]');
    expect(report.stdout).toContain('…and 129000 more blocking tasks, not listed here: `roadmap check` names every one.');
    expect(report.stdout).toContain('…and 129000 more open tasks, not listed here: `roadmap status --json` names every one.');
  });

  it('and 130,000 fields in one paragraph, 130,000 metrics in one list, are read', async () => {
    const dir = project({
      'roadmap/wide.md': `# Wide\n\n## Critical\n\n${'**Owner**: a\n'.repeat(130_000)}\n## Success Metrics\n\n${'- Uptime: > 99%\n'.repeat(130_000)}`,
    });
    // What is tested is that every item is read, not the time budget: a loaded machine may take
    // longer than the default 10 s, so the budget is set out of the way.
    const status = await run(dir, 'status', '--json', '--parse-timeout', '120000');
    expect(status.code).toBe(ExitCode.Ok);
    expect(JSON.parse(status.stdout).roadmaps[0].metrics).toHaveLength(130_000);
  });
});

describe('pathological markdown', () => {
  // Nested past the parser's limit, each is a `parse-limit` line and exit 2, never a silent drop.
  it('50,000 nested quotes and 4,096 nested lists are each named, the others read', async () => {
    const dir = project({
      'roadmap/quotes.md': `${'> '.repeat(50_000)}- [ ] deep\n`,
      'roadmap/lists.md': `${'- '.repeat(4096)}[ ] deep\n`,
      'roadmap/plain.md': '## Critical\n\n- [ ] still read\n',
    });
    const result = await run(dir, 'status', '--json');
    expect(result.code).toBe(ExitCode.Failed);
    expect(result.stderr).toMatch(/roadmap\/quotes\.md.*\(parse-limit\)/);
    expect(result.stderr).toMatch(/roadmap\/lists\.md.*\(parse-limit\)/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(JSON.parse(result.stdout).blocked).toBe(true);
  });
});
