/**
 * `roadmap check` and time: overdue milestones and a stale review are warnings (stderr, GitHub
 * annotations, the job summary); `--fail-on-overdue` makes an overdue milestone fail the gate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, fixturePath, project } from '../helpers/fixtures.js';
import { run, runWithEnv } from '../helpers/io.js';

/** Every critical task done; Docs (line 17) due 2026-10-27 with one of two tasks open. */
const CLEAR_BUT_LATE = fixturePath('overdue-clear');

const DOCS_WARNING = 'roadmap/v2.md:17:1  warning  Docs is overdue since 2026-10-27 (1/2 done)  (overdue)\n';

const GITHUB = { GITHUB_ACTIONS: 'true' };

describe('check on a roadmap whose gate is clear but a milestone is overdue', () => {
  it('exits 0, and warns of the overdue milestone on stderr', async () => {
    const result = await run(CLEAR_BUT_LATE, 'check');
    expect(result).toEqual({ code: 0, stdout: 'CLEAR  v2.0: no open task blocks it (fail-on critical)\n', stderr: DOCS_WARNING });
  });

  it('exits 1 with --fail-on-overdue, and its verdict says why', async () => {
    const result = await run(CLEAR_BUT_LATE, 'check', '--fail-on-overdue');
    expect(result).toEqual({
      code: 1,
      stdout: 'OVERDUE  v2.0: 1 milestone overdue (fail-on-overdue); no open task blocks it (fail-on critical)\n',
      stderr: DOCS_WARNING,
    });
  });

  it('exits 0 with --fail-on-overdue before the due date, and warns of nothing', async () => {
    const result = await run(CLEAR_BUT_LATE, 'check', '--fail-on-overdue', '--today', '2026-10-27');
    expect(result).toEqual({ code: 0, stdout: 'CLEAR  v2.0: no open task blocks it (fail-on critical)\n', stderr: '' });
  });

  it('exits 1 with --fail-on-overdue --json too; the JSON is the same as without', async () => {
    const flagged = await run(CLEAR_BUT_LATE, 'check', '--json', '--fail-on-overdue');
    const plain = await run(CLEAR_BUT_LATE, 'check', '--json');
    expect(flagged.code).toBe(1);
    expect(plain.code).toBe(0);
    expect(flagged.stdout).toBe(plain.stdout);
    expect(flagged.stderr).toBe('');
    const milestones = JSON.parse(flagged.stdout).roadmaps[0].milestones;
    expect(milestones.map((m: { title: string; due: string; overdue: boolean }) => `${m.title} ${m.due} ${m.overdue}`)).toEqual([
      'Parser 2026-09-29 false',
      'Docs 2026-10-27 true',
      'Packaging 2027-01-15 false',
    ]);
  });

  it('annotates the overdue milestone as a warning under GitHub Actions', async () => {
    const result = await runWithEnv(CLEAR_BUT_LATE, GITHUB, 'check');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'CLEAR  v2.0: no open task blocks it (fail-on critical)',
        '::warning file=roadmap/v2.md,line=17,col=1,title=roadmap warning (overdue)::Docs is overdue since 2026-10-27 (1/2 done)',
        '',
      ].join('\n'),
    );
  });

  it('lists the overdue milestone in the job summary, and the gate as overdue with --fail-on-overdue', async () => {
    const dir = copyFixture('overdue-clear');
    const summary = join(dir, 'summary.md');
    await runWithEnv(dir, { GITHUB_STEP_SUMMARY: summary }, 'check');
    const clear = readFileSync(summary, 'utf8');
    expect(clear).toBe(
      [
        '## Roadmap gate: clear',
        '',
        '### ✅ v2.0: clear',
        '',
        'No open task blocks it (fail-on critical). 3/5 tasks done.',
        '',
        '1 milestone overdue:',
        '',
        '| Where | Overdue milestone | Due | Done |',
        '| - | - | - | - |',
        '| `roadmap/v2.md:17` | Docs | 2026\u201110\u201127 | 1/2 |',
        '',
      ].join('\n'),
    );
    await runWithEnv(dir, { GITHUB_STEP_SUMMARY: summary }, 'check', '--fail-on-overdue');
    const failed = readFileSync(summary, 'utf8').slice(clear.length + 1);
    expect(failed.split('\n').slice(0, 5)).toEqual([
      '## Roadmap gate: overdue',
      '',
      '### ❌ v2.0: overdue',
      '',
      '1 milestone overdue (fail-on-overdue); no open task blocks it (fail-on critical). 3/5 tasks done.',
    ]);
  });
});

describe('check warns of a stale review', () => {
  it('in one line on stderr, pointing at the Next Review date; it never fails the gate', async () => {
    const result = await run(CLEAR_BUT_LATE, 'check', '--fail-on-overdue', '--today', '2026-10-20');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const stale = await run(CLEAR_BUT_LATE, 'check', '--today', '2026-12-05');
    expect(stale.code).toBe(0);
    expect(stale.stderr).toBe(
      [DOCS_WARNING.replace('\n', ''), 'roadmap/v2.md:39:1  warning  review overdue by 1 day (was due 2026-12-04)  (stale-review)', ''].join('\n'),
    );
  });
});

describe('overdue warnings with hostile milestone titles', () => {
  const TITLE = 'Ship: 100%, a,b ##[error]x \u001b[31m::warning::y';
  const roadmap = `# H\n\n**Generated**: 2026-01-01\n\n## ${TITLE}\n**Due**: 2026-02-01\n\n- [ ] t\n`;

  it('escapes the annotation as the Actions toolkit does, and defuses the log line', async () => {
    const result = await runWithEnv(project({ 'roadmap/h.md': roadmap }), GITHUB, 'check');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([
      '::warning file=roadmap/h.md,line=5,col=1,title=roadmap warning (overdue)::' +
        'Ship: 100%25, a,b ##[error]x ::warning::y is overdue since 2026-02-01 (0/1 done)',
    ]);
    expect(result.stderr).toBe(
      'roadmap/h.md:5:1  warning  Ship: 100%, a,b ##[\\error]x ::warning::y is overdue since 2026-02-01 (0/1 done)  (overdue)\n',
    );
    expect(result.stdout + result.stderr).not.toContain('\u001b');
  });

  it('shares the cap of ten warnings with diagnostics, overdue milestones first', async () => {
    const late = Array.from({ length: 8 }, (_, i) => `## Late ${i}\n**Due**: 2026-02-01\n\n- [ ] t${i}\n`).join('\n');
    const odd = Array.from({ length: 4 }, (_, i) => `## Odd ${i}\n**Priority**: someday-ish\n\n- [ ] u${i}\n`).join('\n');
    const result = await runWithEnv(project({ 'roadmap/a.md': `# A\n\n**Generated**: 2026-01-01\n\n${odd}\n${late}` }), GITHUB, 'check');
    const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    expect(commands.slice(0, 8).every((line) => line.includes('title=roadmap warning (overdue)::Late '))).toBe(true);
    expect(commands.slice(8, 10).every((line) => line.includes('(unknown-priority)'))).toBe(true);
    expect(commands.at(-1)).toBe('::notice::2 more diagnostics not annotated; the log lists every one');
    // The log lists all twelve.
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(12);
  });

  it('says "warnings" when overdue milestones are among those left out', async () => {
    const late = Array.from({ length: 12 }, (_, i) => `## Late ${i}\n**Due**: 2026-02-01\n\n- [ ] t${i}\n`).join('\n');
    const result = await runWithEnv(project({ 'roadmap/a.md': `# A\n\n${late}` }), GITHUB, 'check');
    const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    expect(commands.at(-1)).toBe('::notice::2 more warnings not annotated; the log lists every one');
  });
});
