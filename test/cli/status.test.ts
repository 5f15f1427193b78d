import { describe, expect, it } from 'vitest';
import { project, seedProject } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';

const MOJIBAKE_TO_EMOJI: Array<[string, string]> = [
  ['游댮', '🔴'],
  ['游리', '🟡'],
  ['游릭', '🟢'],
];

describe('roadmap status --json on the seed', () => {
  it('reads tiers, milestones and blockers as DESIGN.md says', async () => {
    const result = await run(seedProject(), 'status', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.blocked).toBe(true);
    expect(json.totals).toEqual({ done: 0, total: 50 });
    expect(json.tiers.map((t: { tier: string; done: number; total: number }) => `${t.tier} ${t.done}/${t.total}`)).toEqual([
      'critical 0/5',
      'high 0/10',
      'medium 0/25',
      'low 0/10',
      'unprioritized 0/0',
    ]);
    const roadmap = json.roadmaps[0];
    expect(roadmap.file).toBe('roadmap/vnext.md');
    expect(roadmap.title).toBe('vNext Milestones');
    expect(roadmap.milestones.map((m: { title: string }) => m.title)).toEqual([
      'Security Hardening',
      'Performance Budget',
      'GTM Experiments',
      'Compliance Tasks',
      'Technical Debt',
      'Infrastructure Improvements',
      'Product Enhancements',
      'Growth & Scaling',
      'Platform Evolution',
      'Business Growth',
    ]);
    expect(roadmap.milestones[0]).toMatchObject({
      title: 'Security Hardening',
      section: 'Critical Path (Blocking Release)',
      marker: 'red',
      tier: 'critical',
      tierSource: 'explicit',
      blocking: true,
      line: 12,
      done: 0,
      total: 5,
    });
    expect(roadmap.milestones[5]).toMatchObject({ tier: 'medium', tierSource: 'inherited', blocking: false });
    expect(roadmap.blockers.map((b: { line: number; column: number }) => `${b.line}:${b.column}`)).toEqual([
      '16:1',
      '17:1',
      '18:1',
      '19:1',
      '20:1',
    ]);
    expect(roadmap.blockers[0]).toEqual({
      file: 'roadmap/vnext.md',
      line: 16,
      column: 1,
      text: 'Resolve 4 critical security vulnerabilities (hardcoded credentials)',
      milestone: 'Security Hardening',
      tier: 'critical',
    });
    expect(roadmap.metrics).toHaveLength(12);
  });

  it('reads the same with real emoji, CRLF line ends and a BOM', async () => {
    const plain = JSON.parse((await run(seedProject(), 'status', '--json')).stdout);
    const damaged = seedProject((text) => {
      let repaired = text;
      for (const [broken, emoji] of MOJIBAKE_TO_EMOJI) repaired = repaired.replaceAll(broken, emoji);
      return `\uFEFF${repaired.replaceAll('\n', '\r\n')}`;
    });
    const result = await run(damaged, 'status', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(plain);
  });
});

describe('roadmap status in a terminal', () => {
  it('shows the verdict, a bar per tier, milestones and blockers', async () => {
    const result = await run(seedProject(), 'status', '--no-color');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('BLOCKED  5 open tasks block the release');
    expect(result.stdout).toMatch(/critical\s+░{20}\s+0\/5\s+0%/);
    expect(result.stdout).toContain('Security Hardening');
    expect(result.stdout).toContain('roadmap/vnext.md:16:1  Resolve 4 critical security vulnerabilities');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('lists every open task with --verbose', async () => {
    const quiet = await run(seedProject(), 'status');
    const verbose = await run(seedProject(), 'status', '--verbose');
    expect(quiet.stdout).not.toContain('Mobile applications');
    expect(verbose.stdout).toContain('[ ] Mobile applications');
  });

  it('says CLEAR when nothing blocks', async () => {
    const dir = project({ 'roadmap/a.md': '# A\n\n## Now\n\n- [x] shipped\n- [ ] polish\n' });
    const result = await run(dir, 'status');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('CLEAR');
    expect(result.stdout).toContain('1/2');
  });
});

describe('roadmap status: what it cannot do exits 2 with one line', () => {
  it.each([
    ['no roadmap folder', {}, [] as string[], /no roadmap files found/],
    ['a missing path', { 'roadmap/a.md': '- [ ] a\n' }, ['nope.md'], /nope\.md: no such file or directory/],
    ['a bad --today', { 'roadmap/a.md': '- [ ] a\n' }, ['--today', '2026-13-01'], /--today must be a date/],
    ['an unknown option', { 'roadmap/a.md': '- [ ] a\n' }, ['--bogus'], /unknown option '--bogus'/],
  ])('%s', async (_name, files, args, message) => {
    const result = await run(project(files), 'status', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
