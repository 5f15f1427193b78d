import { describe, expect, it } from 'vitest';
import { fixturePath, seedProject } from '../helpers/fixtures.js';
import { run, runWithEnv } from '../helpers/io.js';

interface JsonMilestone {
  title: string;
  due: string | null;
  overdue: boolean;
}

async function statusJson(cwd: string, ...args: string[]) {
  const result = await run(cwd, 'status', '--json', ...args);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

function dueDates(milestones: JsonMilestone[]): Record<string, string | null> {
  return Object.fromEntries(milestones.map((m) => [m.title, m.due]));
}

describe('dates on the seed (DESIGN.md §4)', () => {
  it('gives each milestone its due date, marks seven overdue and the review 358 days late on 2026-11-27', async () => {
    const roadmap = (await statusJson(seedProject())).roadmaps[0];
    expect(dueDates(roadmap.milestones)).toEqual({
      'Security Hardening': '2025-11-04',
      'Performance Budget': '2025-12-16',
      'GTM Experiments': '2025-12-30',
      'Compliance Tasks': '2025-12-30',
      'Technical Debt': null,
      'Infrastructure Improvements': '2026-05-04',
      'Product Enhancements': '2026-05-04',
      'Growth & Scaling': '2026-05-04',
      'Platform Evolution': null,
      'Business Growth': null,
    });
    expect(roadmap.milestones.filter((m: JsonMilestone) => m.overdue)).toHaveLength(7);
    expect(roadmap.review).toEqual({ next: '2025-12-04', overdueDays: 358 });
    expect(roadmap.diagnostics).toEqual([]);
  });

  it('has nothing overdue and a review to come with --today 2025-11-01', async () => {
    const roadmap = (await statusJson(seedProject(), '--today', '2025-11-01')).roadmaps[0];
    expect(roadmap.milestones.filter((m: JsonMilestone) => m.overdue)).toEqual([]);
    expect(roadmap.review).toEqual({ next: '2025-12-04', overdueDays: 0 });
    expect(roadmap.milestones[0].due).toBe('2025-11-04');
  });

  it('writes due and overdue last in each milestone, and review after blocked, as DESIGN.md §5 shows', async () => {
    const roadmap = (await statusJson(seedProject())).roadmaps[0];
    expect(Object.keys(roadmap)).toEqual([
      'file', 'title', 'release', 'blocked', 'judged', 'review', 'totals', 'tiers', 'milestones', 'blockers', 'metrics', 'diagnostics',
    ]);
    expect(Object.keys(roadmap.milestones[0])).toEqual([
      'title', 'section', 'marker', 'tier', 'tierSource', 'blocking', 'line', 'done', 'total', 'due', 'overdue',
    ]);
    expect(roadmap.milestones[0]).toMatchObject({ title: 'Security Hardening', due: '2025-11-04', overdue: true });
  });

  it('has review null when a roadmap names no next review, and the days late otherwise', async () => {
    const roadmap = (await statusJson(fixturePath('timeline-forms'))).roadmaps[0];
    expect(roadmap.review).toEqual({ next: '2026-03-01', overdueDays: 271 });
    const seedless = (await statusJson(seedProject((text) => text.replace(/\*\*Next Review\*\*.*\n?/, '')))).roadmaps[0];
    expect(seedless.review).toBeNull();
  });
});

describe('status in a terminal', () => {
  it('shows each due date, how late, overdue milestones and a stale review', async () => {
    const result = await runWithEnv(seedProject(), { COLUMNS: '120' }, 'status', '--no-color');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  review overdue by 358 days (was due 2025-12-04)\n');
    expect(result.stdout).toMatch(/○ 🔴 Security Hardening +critical 0\/5 {2}░{10} {2}2025-11-04 {2}388d late {2}blocking\n/);
    expect(result.stdout).toMatch(/○ {4}Growth & Scaling +medium +0\/5 {2}░{10} {2}2026-05-04 {2}207d late\n/);
    expect(result.stdout).toMatch(/○ 🟢 Technical Debt +medium +0\/5 {2}░{10}\n/);
    expect(result.stdout).toContain('1 file, 0/50 tasks done (0%), blocked, 7 milestones overdue');
    expect(result.stderr).toBe('');
  });

  it('says how many days are left while a date is ahead, and nothing of the review until it has passed', async () => {
    const result = await runWithEnv(seedProject(), { COLUMNS: '120' }, 'status', '--no-color', '--today', '2025-11-01');
    expect(result.stdout).toMatch(/○ 🔴 Security Hardening +critical 0\/5 {2}░{10} {2}2025-11-04 {2}in 3d {4}blocking\n/);
    expect(result.stdout).toMatch(/○ 🟡 Performance Budget +high +0\/5 {2}░{10} {2}2025-12-16 {2}in 45d\n/);
    expect(result.stdout).not.toContain('review');
    expect(result.stdout).not.toContain('overdue');
  });

  it('shortens the date to how late it is at 80 columns', async () => {
    const result = await run(seedProject(), 'status', '--no-color');
    expect(result.stdout).toMatch(/○ 🔴 Security Hardening +critical 0\/5 {2}░{10} {2}388d late {2}blocking\n/);
    expect(result.stdout).not.toContain('2025-11-04');
  });

  it('colours overdue milestones, their bars and the stale review red', async () => {
    const result = await runWithEnv(seedProject(), { FORCE_COLOR: '1' }, 'status');
    expect(result.stdout).toContain('\u001b[31m░░░░░░░░░░\u001b[39m  \u001b[31m388d late\u001b[39m');
    expect(result.stdout).toContain('\u001b[31mreview overdue by 358 days (was due 2025-12-04)\u001b[39m');
  });

  it('lists the success metrics with --verbose, and not without', async () => {
    const quiet = await run(seedProject(), 'status', '--no-color');
    const verbose = await run(seedProject(), 'status', '--no-color', '--verbose');
    expect(quiet.stdout).not.toContain('Success metrics');
    expect(verbose.stdout).toContain(
      [
        '  Success metrics',
        '    Performance: Lighthouse score > 90',
        '    Reliability: Uptime > 99.9%',
        '    Security: Zero critical vulnerabilities',
        '    Code Quality: Test coverage > 80%',
        '    User Activation: > 60%',
        '    Retention: Day 7 > 40%',
        '    NPS: > 50',
        '    Feature Adoption: > 30%',
        '    CAC: < LTV/3',
        '    Churn: < 5% monthly',
        '    Revenue Growth: > 20% MoM',
        '    Runway: > 12 months',
      ].join('\n'),
    );
  });
});

describe('roadmaps written for these tests', () => {
  it('reads every Timeline form', async () => {
    const roadmap = (await statusJson(fixturePath('timeline-forms'))).roadmaps[0];
    expect(dueDates(roadmap.milestones)).toEqual({
      Immediate: '2026-01-31',
      'One week': '2026-02-07',
      'Two weeks': '2026-02-14',
      'A range of weeks': '2026-03-14',
      'A range with an en dash': '2026-03-14',
      'One month': '2026-02-28',
      'A range of months': '2026-03-31',
      'Next months': '2026-07-31',
      'A leap year': '2028-02-29',
      'Six months and more': null,
      Ongoing: null,
      'A day': '2026-05-15',
      'By a day': '2026-05-15',
      'A quarter': '2026-09-30',
      'A half': '2026-06-30',
      'A month': '2026-03-31',
      'A short month name': '2028-02-29',
      'Due wins': '2026-12-01',
      "Takes the section's horizon": '2026-03-31',
      'Deeper still': '2026-03-31',
      Soon: null,
    });
  });

  it('reports an unreadable Timeline on its line, as a warning, without failing the run', async () => {
    const result = await run(fixturePath('timeline-forms'), 'status', '--json');
    expect(result.code).toBe(0);
    const roadmap = JSON.parse(result.stdout).roadmaps[0];
    expect(roadmap.diagnostics).toHaveLength(1);
    expect(roadmap.diagnostics[0]).toMatchObject({ file: 'roadmap/forms.md', line: 120, column: 1, severity: 'warning', rule: 'timeline' });
    expect(roadmap.diagnostics[0].message).toMatch(/^Timeline "soon-ish" cannot be read as a date/);

    const terminal = await run(fixturePath('timeline-forms'), 'status', '--no-color');
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toContain('roadmap/forms.md:120:1');
    expect(terminal.stderr).toContain('Timeline "soon-ish" cannot be read as a date');
  });

  it('anchors on front matter and Start, lets Due win, and never calls a done milestone overdue', async () => {
    const roadmap = (await statusJson(fixturePath('dates-anchors'))).roadmaps[0];
    expect(roadmap.title).toBe('Launch plan');
    expect(roadmap.milestones.map((m: JsonMilestone) => `${m.title}: ${m.due} ${m.overdue ? 'overdue' : ''}`.trim())).toEqual([
      'Shipped beta: 2026-03-16',
      'Pricing page: 2026-11-26 overdue',
      'Public launch: 2027-01-15',
      'Partner program (Q1 2027): 2027-03-31',
      'Docs refresh: null',
    ]);
    expect(roadmap.review).toEqual({ next: '2026-12-01', overdueDays: 0 });
    expect(roadmap.diagnostics.map((d: { line: number; rule: string }) => `${d.line} ${d.rule}`)).toEqual(['35 timeline']);
  });
});
