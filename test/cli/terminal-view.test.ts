/**
 * What a person sees in a terminal: golden files of `status` at 80 and 120 columns, plain and
 * coloured, on the seed and on a roadmap of wide text (CJK, accents, emoji, a 150-character task,
 * a 40-task milestone). Every line fits its width in display columns.
 */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/width.js';
import { copyFixture, project, seedProject } from '../helpers/fixtures.js';
import { main } from '../../src/cli/main.js';
import { fakeIo, runInTerminal, runWithEnv } from '../helpers/io.js';

const PROJECTS = { seed: () => seedProject(), 'wide-text': () => copyFixture('wide-text') };
const TODAY = { ROADMAP_TODAY: '2026-12-04' };

function widest(text: string): number {
  return Math.max(...stripVTControlCharacters(text).split('\n').map(displayWidth));
}

describe.each(Object.entries(PROJECTS))('roadmap status on %s', (name, make) => {
  it.each([80, 120])('fits %i columns, plain', async (columns) => {
    const result = await runInTerminal(make(), columns, { ...TODAY, NO_COLOR: '1' }, 'status', '--verbose');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(widest(result.stdout)).toBeLessThanOrEqual(columns);
    await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/status-${name}-${columns}.txt`);
  });

  it.each([80, 120])('fits %i columns, coloured', async (columns) => {
    const result = await runInTerminal(make(), columns, TODAY, 'status');
    expect(result.stdout).toContain('\u001b[');
    expect(widest(result.stdout)).toBeLessThanOrEqual(columns);
    await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/status-${name}-${columns}.color.txt`);
  });

  it('fits 40 columns, the narrowest it lays out', async () => {
    const result = await runInTerminal(make(), 40, { ...TODAY, NO_COLOR: '1' }, 'status', '--verbose');
    expect(widest(result.stdout)).toBeLessThanOrEqual(40);
  });
});

describe('the terminal view', () => {
  it('takes COLUMNS when stdout is not a terminal', async () => {
    const result = await runWithEnv(seedProject(), { ...TODAY, COLUMNS: '60' }, 'status');
    expect(widest(result.stdout)).toBeLessThanOrEqual(60);
    expect(widest(result.stdout)).toBeGreaterThan(50);
  });

  it("shows the file's own marker beside the computed state, and how late it is", async () => {
    const result = await runInTerminal(copyFixture('wide-text'), 120, { ...TODAY, NO_COLOR: '1' }, 'status');
    const line = result.stdout.split('\n').find((text) => text.includes('Café'))!;
    expect(line).toMatch(/○ 🟢 Café checkout/);
    const late = result.stdout.split('\n').find((text) => text.includes('データ移行'))!;
    expect(late).toMatch(/2026-11-16 {2}18d late/);
  });

  it('gives a done milestone no "blocking" and spends no column on it', async () => {
    const text = '# R\n\n## Critical Path (Blocking Release)\n\n### A title that is thirty-four chars\n**Due**: 2026-11-01\n\n- [x] done\n\n## Someday\n\n### Later\n**Priority**: Low\n**Due**: 2027-05-27\n\n- [ ] open\n';
    const result = await runInTerminal(project({ 'roadmap/r.md': text }), 80, { ...TODAY, NO_COLOR: '1' }, 'status');
    expect(result.stdout).not.toContain('blocking');
    expect(result.stdout).toContain('✔ A title that is thirty-four chars  ');
    expect(result.stdout).toMatch(/Later +low +0\/1 {2}░{10} {2}in 174d$/m);
  });

  it('shows an empty tier as —, not 0%', async () => {
    const result = await runInTerminal(copyFixture('wide-text'), 80, { ...TODAY, NO_COLOR: '1' }, 'status');
    expect(result.stdout).toMatch(/^ {2}low +—$/m);
    expect(result.stdout).toMatch(/^ {2}· {4}Ideas +low +0\/0 {2}—$/m);
    expect(result.stdout).not.toMatch(/ $/m);
  });

  it('keeps subtasks nested under their task with --verbose', async () => {
    const result = await runInTerminal(copyFixture('wide-text'), 80, { ...TODAY, NO_COLOR: '1' }, 'status', '--verbose');
    const lines = result.stdout.split('\n');
    const parent = lines.findIndex((text) => text.includes('한국어 번역 검토'));
    expect(lines[parent]).toMatch(/^ {6}\[ \] 한국어/);
    expect(lines[parent + 1]).toMatch(/^ {8}\[ \] 최종 검토 @jiwoo/);
  });

  it('colours bars by state: red while blocking or late, yellow when due soon, green when done', async () => {
    const result = await runInTerminal(copyFixture('wide-text'), 120, TODAY, 'status');
    const lineOf = (text: string) => result.stdout.split('\n').find((line) => line.includes(text))!;
    const RED = '\u001b[31m';
    const YELLOW = '\u001b[33m';
    const GREEN = '\u001b[32m';
    expect(lineOf('データ移行')).toContain(`${RED}████░░░░░░`);
    // Critical, so it blocks the release though it is not yet due.
    expect(lineOf('Café')).toContain(`${RED}█████░░░░░`);
    expect(lineOf('Docs refresh')).toContain(`${YELLOW}█████`);
    expect(lineOf('Status page')).toContain(`${GREEN}██████████`);
    expect(lineOf('  critical ')).toContain(`${RED}█`);
    expect(lineOf('  high ')).not.toMatch(/\u001b\[3[123]m[█░]/);
    expect(lineOf('  total ')).toContain(`${RED}`);
  });
});

describe('roadmap check in a terminal', () => {
  /** stdout and stderr as a terminal interleaves them. */
  async function interleaved(cwd: string, columns: number, ...argv: string[]): Promise<{ code: number; screen: string }> {
    let screen = '';
    const io = { ...fakeIo(cwd, { ...TODAY, NO_COLOR: '1' }), isTTY: true, columns };
    io.stdout = (text: string) => void (screen += text);
    io.stderr = (text: string) => void (screen += text);
    const code = await main(argv, io);
    return { code, screen };
  }

  it('prints the blockers, then the warnings, then its verdict last', async () => {
    const { code, screen } = await interleaved(seedProject(), 80, 'check');
    expect(code).toBe(1);
    const lines = screen.trimEnd().split('\n');
    expect(lines[0]).toBe('roadmap/vnext.md:16:1  Resolve 4 critical security vulnerabilities (hardcoded credentials)  (Security Hardening, critical)');
    expect(lines.at(-1)).toBe('BLOCKED  vNext Milestones: 5 open tasks (critical)');
    const warnings = lines.findIndex((line) => line.includes('warning'));
    expect(warnings).toBe(5);
    expect(lines.slice(warnings, -1).every((line) => / {2}warning {2}/.test(line))).toBe(true);
  });

  it('never cuts or wraps a finding: logs, editors and scripts read it whole', async () => {
    const { screen } = await interleaved(copyFixture('wide-text'), 40, 'check');
    const lines = screen.split('\n');
    expect(lines).toContain(
      'roadmap/platform.md:12:1  Migrate every remaining customer workspace from the legacy storage cluster to the new tiered object store without downtime or data loss (150 characters or so, on purpose)  (データ移行 (data migration), critical)',
    );
    expect(lines).toContain('roadmap/platform.md:8:1  warning  データ移行 (data migration) is overdue since 2026-11-16 (2/5 done)  (overdue)');
  });

  it('wraps its verdict to the terminal, under its first word', async () => {
    const { screen } = await interleaved(copyFixture('wide-text'), 40, 'check');
    expect(screen.trimEnd().split('\n').slice(-2)).toEqual(['BLOCKED  Platform 2027 — international', '         launch: 4 open tasks (critical)']);
  });

  it('keeps each finding on one line in a log, where nothing says how wide it is', async () => {
    const result = await runWithEnv(copyFixture('wide-text'), TODAY, 'check');
    expect(result.stdout).toContain(
      'roadmap/platform.md:12:1  Migrate every remaining customer workspace from the legacy storage cluster to the new tiered object store without downtime or data loss (150 characters or so, on purpose)  (データ移行 (data migration), critical)\n',
    );
  });
});
