import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, project, seedProject, seedText } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';

/** `line rule` for each diagnostic line of lint's text output. */
function ruleLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => /^[^:]+:(\d+):\d+ {2}(?:error|warning) {2}.* {2}\(([a-z-]+)\)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `${match[1]} ${match[2]}`);
}

/** The seed with its mojibake markers repaired by hand: what `lint --fix` must write. */
function repaired(text: string): string {
  return text.replaceAll('游댮', '🔴').replaceAll('游리', '🟡').replaceAll('游릭', '🟢');
}

/** What lint finds in the seed, as `line rule`. */
const SEED_FINDINGS = [
  '12 mojibake',
  '22 missing-reference',
  '26 mojibake',
  '36 mojibake',
  '46 mojibake',
  '56 mojibake',
];

describe('roadmap lint on the seed', () => {
  it('warns of each mojibake marker and the missing plan, and exits 0', async () => {
    const result = await run(seedProject(), 'lint');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(ruleLines(result.stdout)).toEqual(SEED_FINDINGS);
    expect(result.stdout).toContain(
      'roadmap/vnext.md:22:36  warning  "PR_PLAN_FINAL_REPAIRS.md" does not exist (looked for roadmap/PR_PLAN_FINAL_REPAIRS.md)  (missing-reference)\n',
    );
    expect(result.stdout.endsWith('0 errors, 6 warnings in 1 file\n')).toBe(true);
  });

  it('finds the referenced file once it exists', async () => {
    const dir = project({ 'roadmap/vnext.md': seedText(), 'roadmap/PR_PLAN_FINAL_REPAIRS.md': '# Plan\n' });
    const result = await run(dir, 'lint', 'roadmap/vnext.md');
    expect(ruleLines(result.stdout)).not.toContain('22 missing-reference');
  });

  it('--json prints the status document with the lint diagnostics in each roadmap', async () => {
    const dir = seedProject();
    const lint = JSON.parse((await run(dir, 'lint', '--json')).stdout);
    const status = JSON.parse((await run(dir, 'status', '--json')).stdout);
    expect(lint.roadmaps[0].diagnostics.map((d: { line: number; rule: string }) => `${d.line} ${d.rule}`)).toEqual(SEED_FINDINGS);
    expect(lint.roadmaps[0].diagnostics[0]).toEqual({
      file: 'roadmap/vnext.md',
      line: 12,
      column: 1,
      severity: 'warning',
      rule: 'mojibake',
      message: 'status marker written as mojibake: "游댮" should be 🔴 (lint --fix repairs it)',
    });
    // Everything else is the status document, unchanged.
    lint.roadmaps[0].diagnostics = status.roadmaps[0].diagnostics;
    expect(lint).toEqual(status);
  });
});

describe('roadmap lint on a roadmap with mistakes', () => {
  it('names each rule on its line and exits 1 for the unknown priority', async () => {
    const result = await run(copyFixture('lint-problems'), 'lint');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'roadmap/release.md:8:1  error  Priority "Hgh" names no tier; did you mean "high"?  (unknown-priority)',
        'roadmap/release.md:9:1  warning  Status "Complete" says the work is done, but 1 of 2 tasks are open  (status-mismatch)',
        'roadmap/release.md:21:1  warning  milestone "Billing" is already at line 7  (duplicate-milestone)',
        'roadmap/release.md:26:1  warning  milestone "Partner API" has fields but no task items (- [ ] ...); plain list items count for nothing  (empty-milestone)',
        '1 error, 3 warnings in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 with --json too, the diagnostics in the document', async () => {
    const result = await run(copyFixture('lint-problems'), 'lint', '--json');
    expect(result.code).toBe(1);
    const rules = JSON.parse(result.stdout).roadmaps[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules).toEqual(['unknown-priority', 'status-mismatch', 'duplicate-milestone', 'empty-milestone']);
  });

  it('reports the parser’s diagnostics: front matter is an error', async () => {
    const dir = project({ 'roadmap/a.md': '---\npriority: [high\n---\n# A\n\n## Now\n- [ ] a\n' });
    const result = await run(dir, 'lint');
    expect(result.code).toBe(1);
    expect(ruleLines(result.stdout).map((line) => line.split(' ')[1])).toEqual(['front-matter']);
  });

  it('reports a file that is not UTF-8 as an error it cannot judge, and exits 2', async () => {
    const dir = project({ 'roadmap/a.md': new Uint8Array([...Buffer.from('# A\n\n## Now\n- [ ] caf'), 0xe9, ...Buffer.from(' au lait\n')]) });
    const result = await run(dir, 'lint');
    expect(result.code).toBe(2);
    expect(ruleLines(result.stdout)).toEqual(['4 encoding']);
  });

  it('says so when there is nothing to say', async () => {
    const result = await run(project({ 'roadmap/a.md': '# A\n\n## Now\n**Priority**: High\n\n- [ ] a\n' }), 'lint');
    expect(result).toEqual({ code: 0, stdout: 'no problems in 1 file\n', stderr: '' });
  });

  it('keeps escape sequences in titles off the terminal', async () => {
    const title = 'Evil\u001b]8;;http://x\u0007 title';
    const dir = project({ 'roadmap/a.md': `## ${title}\n- [ ] a\n## ${title}\n- [ ] b\n` });
    const result = await run(dir, 'lint');
    expect(ruleLines(result.stdout)).toEqual(['3 duplicate-milestone']);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('exits 2 for a file it could not judge', async () => {
    const dir = project({ 'roadmap/a.md': `# A\n\n- [ ] ${'x'.repeat(200)}\n` });
    const result = await run(dir, 'lint', '--max-file-size', '100');
    expect(result.code).toBe(2);
    expect(ruleLines(result.stdout)).toEqual(['1 parse-limit']);
  });
});

describe('roadmap lint --fix', () => {
  const seed = seedText();

  it.each([
    ['the seed as it is', seed],
    ['the seed with CRLF line ends and a BOM', `\uFEFF${seed.replaceAll('\n', '\r\n')}`],
    ['the seed without its final newline', seed.replace(/\n+$/, '')],
    ['the seed with CRLF, a BOM and no final newline', `\uFEFF${seed.replace(/\n+$/, '').replaceAll('\n', '\r\n')}`],
  ])('%s: repairs the emoji and changes no other byte', async (_name, text) => {
    const dir = project({ 'roadmap/vnext.md': text });
    const result = await run(dir, 'lint', '--fix');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const written = readFileSync(join(dir, 'roadmap/vnext.md'));
    expect(written.equals(Buffer.from(repaired(text), 'utf8'))).toBe(true);
    expect(result.stdout).toBe(
      [
        'roadmap/vnext.md: fixed 5 mojibake markers (lines 12, 26, 36, 46, 56)',
        'roadmap/vnext.md:22:36  warning  "PR_PLAN_FINAL_REPAIRS.md" does not exist (looked for roadmap/PR_PLAN_FINAL_REPAIRS.md)  (missing-reference)',
        '0 errors, 1 warning in 1 file',
        '',
      ].join('\n'),
    );
    expect(readdirSync(join(dir, 'roadmap'))).toEqual(['vnext.md']);
  });

  it('then has nothing left to fix', async () => {
    const dir = seedProject();
    await run(dir, 'lint', '--fix');
    const before = readFileSync(join(dir, 'roadmap/vnext.md'));
    const again = await run(dir, 'lint', '--fix');
    expect(again.stdout).not.toContain('fixed');
    expect(readFileSync(join(dir, 'roadmap/vnext.md')).equals(before)).toBe(true);
  });

  it('lets the remaining diagnostics decide the exit code', async () => {
    const dir = project({ 'roadmap/a.md': '## 游댮 A\n**Priority**: Hgh\n\n- [ ] a\n' });
    const result = await run(dir, 'lint', '--fix');
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'roadmap/a.md'), 'utf8')).toBe('## 🔴 A\n**Priority**: Hgh\n\n- [ ] a\n');
    expect(ruleLines(result.stdout)).toEqual(['2 unknown-priority']);
  });

  it('with --json keeps stdout to the document and says what it fixed on stderr', async () => {
    const result = await run(seedProject(), 'lint', '--fix', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('roadmap/vnext.md: fixed 5 mojibake markers (lines 12, 26, 36, 46, 56)\n');
    const rules = JSON.parse(result.stdout).roadmaps[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules).toEqual(['missing-reference']);
  });

  it('refuses a symbolic link, in one line, and leaves it and its target untouched', async () => {
    const dir = project({ 'notes/vnext.md': seedText() });
    symlinkSync('notes/vnext.md', join(dir, 'roadmap-link.md'));
    const result = await run(dir, 'lint', '--fix', 'roadmap-link.md');
    expect(result.stderr).toBe('roadmap: roadmap-link.md: not fixed: a symbolic link\n');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'notes/vnext.md'), 'utf8')).toBe(seedText());
    expect(ruleLines(result.stdout).filter((line) => line.endsWith('mojibake'))).toHaveLength(5);
  });

  it('refuses a file that is not valid UTF-8, and leaves it untouched', async () => {
    const bytes = new Uint8Array([...Buffer.from('## 游댮 A\n- [ ] caf'), 0xe9, ...Buffer.from(' au lait\n')]);
    const dir = project({ 'roadmap/a.md': bytes });
    const result = await run(dir, 'lint', '--fix');
    expect(result.stderr).toBe('roadmap: roadmap/a.md: not fixed: not valid UTF-8\n');
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'roadmap/a.md')).equals(Buffer.from(bytes))).toBe(true);
    expect(ruleLines(result.stdout)).toEqual(['1 mojibake', '2 encoding']);
  });
});
