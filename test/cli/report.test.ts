import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmarkHtml, hasCmark, htmlElements, htmlTables } from '../helpers/cmark.js';
import { project, seedProject } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';

/** Elements that the report's own markdown makes; anything else came from roadmap text. */
const REPORT_ELEMENTS = ['a', 'code', 'em', 'h1', 'h2', 'h3', 'li', 'p', 'pre', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'];

function snapshotOf(path: string): { bytes: Buffer; mtimeMs: number } {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}

describe('roadmap report on the seed', () => {
  it('prints the same markdown report on every run', async () => {
    const first = await run(seedProject(), 'report');
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    await expect(first.stdout).toMatchFileSnapshot('__snapshots__/seed-report.md');
    // Another run, in another folder: no timestamp, no absolute path, no ordering by chance.
    const second = await run(seedProject(), 'report');
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toContain('As of 2026-11-27');
    expect(first.stdout.endsWith('\n')).toBe(true);
    expect(first.stdout.endsWith('\n\n')).toBe(false);
  });

  it.skipIf(!hasCmark)('renders as GFM: tier and milestone tables, the verdict, linked blockers', async () => {
    const { stdout } = await run(seedProject(), 'report');
    const html = cmarkHtml(stdout);
    const [verdicts, tiers, milestones] = htmlTables(html);
    expect(tiers![0]).toEqual(['Tier', 'Done', 'Total', '%', 'Progress']);
    expect(tiers!.slice(1).map((row) => row.slice(0, 4).join(' '))).toEqual([
      'critical 0 5 0%',
      'high 0 10 0%',
      'medium 0 25 0%',
      'low 0 10 0%',
      '<strong>total</strong> 0 50 0%',
    ]);
    expect(tiers![1]![4]).toBe('░'.repeat(20));
    expect(milestones![0]).toEqual(['Milestone', 'Tier', 'Due', 'Done', 'Total', '%', 'Progress']);
    expect(milestones).toHaveLength(11);
    expect(milestones![1]).toEqual([
      '<a href="roadmap/vnext.md?plain=1#L12">Security Hardening</a>',
      'critical, blocking',
      '<strong>2025-11-04 (388 days late)</strong>',
      '0',
      '5',
      '0%',
      '░'.repeat(10),
    ]);
    expect(verdicts).toEqual([
      ['Release', 'Verdict', 'Done', 'Blockers', 'Overdue', 'Next due', 'Review'],
      [
        '<strong>vNext Milestones</strong>',
        '<strong>blocked</strong>',
        '0/50 (0%)',
        '5 (5 critical)',
        '<strong>7 milestones</strong>',
        '—',
        '<strong>overdue by 358 days</strong>',
      ],
    ]);
    const blockers = [...html.matchAll(/<h3>Blocking the release<\/h3>\n<ul>\n<li>(.*)<\/li>/g)].map((m) => m[1]);
    expect(blockers[0]).toBe(
      '<a href="roadmap/vnext.md?plain=1#L16">roadmap/vnext.md:16</a> Resolve 4 critical security vulnerabilities ' +
        '(hardcoded credentials) — <em>Security Hardening</em>, critical',
    );
    expect(htmlElements(html).filter((name) => !REPORT_ELEMENTS.includes(name))).toEqual([]);
  });

  it('lists every open task with --verbose, each linked to its line', async () => {
    const quiet = await run(seedProject(), 'report');
    const verbose = await run(seedProject(), 'report', '--verbose');
    expect(quiet.stdout).not.toContain('Mobile applications');
    expect(verbose.stdout).toContain('### Open tasks');
    expect(verbose.stdout).toMatch(/ {2}- \[roadmap\/vnext\.md:\d+\]\(roadmap\/vnext\.md\?plain=1#L\d+\) Mobile applications/);
  });
});

describe('roadmap report -o FILE', () => {
  it('writes the report with links relative to its folder', async () => {
    const dir = seedProject();
    const printed = await run(dir, 'report');
    const result = await run(dir, 'report', '-o', 'docs/report.md');
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'roadmap: wrote docs/report.md\n' });
    const written = readFileSync(join(dir, 'docs/report.md'), 'utf8');
    expect(written).toContain('[roadmap/vnext.md:16](../roadmap/vnext.md?plain=1#L16)');
    // Every link of the report printed from the project root, seen from docs/.
    const targets = (markdown: string) => [...markdown.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets(written)).toEqual(targets(printed.stdout).map((target) => `../${target}`));
    expect(targets(written)).toHaveLength(17);
  });

  it('is relative to --cwd, and so are its links', async () => {
    const parent = project({});
    const dir = join(parent, 'proj');
    mkdirSync(join(dir, 'roadmap'), { recursive: true });
    writeFileSync(join(dir, 'roadmap/a.md'), '# A\n\n## Now\n\n- [ ] open\n');
    const result = await run(parent, 'report', '--cwd', 'proj', '-o', 'report.md');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('[Now](roadmap/a.md?plain=1#L3)');
    expect(existsSync(join(parent, 'report.md'))).toBe(false);
  });

  it('never reads itself when written among the roadmaps', async () => {
    const dir = seedProject();
    expect((await run(dir, 'report', '-o', 'roadmap/REPORT.md')).code).toBe(0);
    const again = await run(dir, 'report', '-o', 'roadmap/REPORT.md', '--check');
    expect(again).toEqual({ code: 0, stdout: '', stderr: 'roadmap: roadmap/REPORT.md is up to date\n' });
    expect(readFileSync(join(dir, 'roadmap/REPORT.md'), 'utf8')).toContain('(vnext.md?plain=1#L16)');
  });
});

describe('roadmap report --check', () => {
  it('exits 0 when the report is current, and leaves it alone', async () => {
    const dir = seedProject();
    await run(dir, 'report', '-o', 'docs/report.md');
    const before = snapshotOf(join(dir, 'docs/report.md'));
    const result = await run(dir, 'report', '-o', 'docs/report.md', '--check');
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'roadmap: docs/report.md is up to date\n' });
    expect(snapshotOf(join(dir, 'docs/report.md'))).toEqual(before);
  });

  it.each([
    ['a roadmap changed', (dir: string) => tick(join(dir, 'roadmap/vnext.md'))],
    ['the report was edited by hand', (dir: string) => writeFileSync(join(dir, 'docs/report.md'), `${readFileSync(join(dir, 'docs/report.md'), 'utf8')} `)],
    ['--today moved', () => undefined, ['--today', '2026-11-28']],
  ])('exits 1 when stale (%s), and leaves the file unchanged', async (_name, change, extra: string[] = []) => {
    const dir = seedProject();
    await run(dir, 'report', '-o', 'docs/report.md');
    change(dir);
    const before = snapshotOf(join(dir, 'docs/report.md'));
    const result = await run(dir, 'report', '-o', 'docs/report.md', '--check', ...extra);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('roadmap: docs/report.md is out of date; run the same command without --check to update it\n');
    expect(snapshotOf(join(dir, 'docs/report.md'))).toEqual(before);
  });

  it('exits 1 when the report is missing, and does not create it', async () => {
    const dir = seedProject();
    const result = await run(dir, 'report', '-o', 'docs/report.md', '--check');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('roadmap: docs/report.md is missing; run the same command without --check to write it\n');
    expect(existsSync(join(dir, 'docs'))).toBe(false);
  });

  it('needs -o', async () => {
    const result = await run(seedProject(), 'report', '--check');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap: --check needs -o FILE, the report to compare with\n');
  });
});

describe('roadmap report: a run that fails leaves an existing report untouched', () => {
  it.each([
    ['a missing input path', ['nope.md'], /^roadmap: nope\.md: no such file or directory\n$/],
    ['a file over --max-file-size', ['--max-file-size', '10'], /^roadmap\/vnext\.md:1:1 {2}error {2}larger than --max-file-size .*\(parse-limit\)\n$/],
    ['a bad --today', ['--today', 'tomorrow'], /^roadmap: --today must be a date written YYYY-MM-DD/],
    ['--json', ['--json'], /^roadmap: report writes markdown; for JSON use roadmap status --json\n$/],
  ])('%s: exit 2', async (_name, args, message) => {
    const dir = seedProject();
    await run(dir, 'report', '-o', 'docs/report.md');
    const before = snapshotOf(join(dir, 'docs/report.md'));
    tick(join(dir, 'roadmap/vnext.md'));
    for (const check of [[], ['--check']]) {
      const result = await run(dir, 'report', '-o', 'docs/report.md', ...check, ...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(snapshotOf(join(dir, 'docs/report.md'))).toEqual(before);
      expect(readdirSync(join(dir, 'docs'))).toEqual(['report.md']);
    }
  });

  it('a target that cannot be written: exit 2, one line, no temporary file left', async () => {
    const dir = seedProject();
    mkdirSync(join(dir, 'docs/report.md'), { recursive: true });
    const result = await run(dir, 'report', '-o', 'docs/report.md');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap: docs/report.md: cannot be written (EISDIR)\n');
    expect(readdirSync(join(dir, 'docs'))).toEqual(['report.md']);
    expect(readdirSync(join(dir, 'docs/report.md'))).toEqual([]);
  });
});

describe('roadmap report: roadmap text is data', () => {
  const ESC = '\u001b';
  const hostile = [
    '# Release | <script>alert(1)</script>',
    '',
    '## Critical | blockers <img src=x onerror=alert(1)>',
    '',
    `### Fix \`a|b\` | pipes ${ESC}[31mred${ESC}[0m <!-- c -->`,
    '**Priority**: critical',
    '',
    '- [ ] Task with | pipe and <script>alert(1)</script>',
    `- [ ] ${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\ hyperlink \u0007bell \u202eevil`,
    '- [ ] | leading pipe, trailing pipe |',
    '- [ ] a backslash before a pipe \\| and at the end \\',
    '- [ ] [link](javascript:alert(1)) and ![img](x) and <b>bold</b> and &lt;b&gt;',
    '',
    '### | <b>x</b> |',
    '**Priority**: <i>|bogus|</i>',
    '',
    '- [ ] *emphasis* `code|pipe`',
    '',
  ].join('\n');

  it('keeps pipes inside their cells, HTML as text, and no control characters', async () => {
    const dir = project({ 'roadmap/evil.md': hostile });
    const result = await run(dir, 'report');
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(result.stdout).toContain('Task with | pipe');
    if (!hasCmark) return;
    const html = cmarkHtml(result.stdout);
    expect(htmlElements(html).filter((name) => !REPORT_ELEMENTS.includes(name))).toEqual([]);
    expect(html).not.toContain('<!--');
    const tables = htmlTables(html);
    // Verdicts, tiers, milestones: a hostile release name or title breaks no row.
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      const widths = new Set(table.map((row) => row.length));
      expect([...widths]).toEqual([table[0]!.length]);
    }
    const milestones = tables[2]!;
    expect(milestones).toHaveLength(3);
    expect(milestones.slice(1).map((row) => row[0])).toEqual([
      '<a href="roadmap/evil.md?plain=1#L5">Fix a|b | pipes red &lt;!-- c --&gt;</a>',
      '<a href="roadmap/evil.md?plain=1#L14">| &lt;b&gt;x&lt;/b&gt; |</a>',
    ]);
    expect(html).toContain('Task with | pipe and &lt;script&gt;alert(1)&lt;/script&gt;');
    // Task text is the parser's plain text: links and images gave their text, entities decoded.
    expect(html).toContain('link and and &lt;b&gt;bold&lt;/b&gt; and &lt;b&gt; —');
    expect(html).toContain('a backslash before a pipe | and at the end \\ —');
    expect(html).toContain('link hyperlink bell evil —');
    expect(html).toContain('Priority &quot;&lt;i&gt;|bogus|&lt;/i&gt;&quot; names no tier (unknown-priority)');
    expect(html).not.toMatch(/href="(?!roadmap\/evil\.md)/);
  });
});

/** Ticks the seed's first task: the report changes. */
function tick(path: string): void {
  writeFileSync(path, readFileSync(path, 'utf8').replace('- [ ] Resolve 4', '- [x] Resolve 4'));
}
