/**
 * The pairing rules of `roadmap diff`, one table row each: two versions of a roadmap in, the
 * changes it reports out. Sides are parsed in memory, as the command parses what git gives it.
 */
import { describe, expect, it } from 'vitest';
import type { ReleaseDiff } from '../../src/diff/index.js';
import { diffOf } from './sides.js';

/** `# Plan` with milestones: `{ 'Ship: critical': ['[ ] a', '[x] b'] }`. */
function plan(milestones: Record<string, string[]>, title = 'Plan'): string {
  const parts = [`# ${title}`, ''];
  for (const [heading, tasks] of Object.entries(milestones)) {
    const [name, priority] = heading.split(': ');
    parts.push(`## ${name}`, ...(priority ? [`**Priority**: ${priority}`] : []), '', ...tasks.map((task) => `- ${task}`), '');
  }
  return parts.join('\n');
}

/** The task changes as `change text [from] [fromMilestone]` strings, in the order reported. */
function taskChanges(release: ReleaseDiff): string[] {
  return release.tasks.map((task) =>
    [task.change, task.text, task.from === undefined ? '' : `was "${task.from}"`, task.fromMilestone === undefined ? '' : `from ${task.fromMilestone}`]
      .filter((part) => part !== '')
      .join(' '),
  );
}

describe('task pairing', () => {
  const rows: Array<{ rule: string; before: Record<string, string[]>; after: Record<string, string[]>; changes: string[] }> = [
    { rule: 'a tick is done', before: { Ship: ['[ ] write docs'] }, after: { Ship: ['[x] write docs'] }, changes: ['done write docs'] },
    { rule: 'an untick is reopened', before: { Ship: ['[X] write docs'] }, after: { Ship: ['[ ] write docs'] }, changes: ['reopened write docs'] },
    { rule: 'a new task is added', before: { Ship: ['[ ] a task'] }, after: { Ship: ['[ ] a task', '[ ] another one'] }, changes: ['added another one'] },
    { rule: 'a task gone is removed', before: { Ship: ['[ ] a task', '[ ] another one'] }, after: { Ship: ['[ ] a task'] }, changes: ['removed another one'] },
    {
      rule: 'a small edit is reworded, not removed and added',
      before: { Ship: ['[ ] Resolve 4 critical security vulnerabilities'] },
      after: { Ship: ['[ ] Resolve 5 critical security vulnerabilities'] },
      changes: ['reworded Resolve 5 critical security vulnerabilities was "Resolve 4 critical security vulnerabilities"'],
    },
    {
      rule: 'a different text is removed and added',
      before: { Ship: ['[ ] Add tests'] },
      after: { Ship: ['[ ] Add docs'] },
      changes: ['added Add docs', 'removed Add tests'],
    },
    {
      rule: 'words added to a short task are a rewording, however many',
      before: { Ship: ['[ ] Market expansion', '[ ] Hire'] },
      after: { Ship: ['[ ] Market expansion into Europe and Asia', '[ ] Hire'] },
      changes: ['reworded Market expansion into Europe and Asia was "Market expansion"'],
    },
    {
      rule: 'words cut from a task are a rewording',
      before: { Ship: ['[ ] Write the migration guide for every breaking change in v2'] },
      after: { Ship: ['[x] Write the migration guide'] },
      changes: ['done Write the migration guide was "Write the migration guide for every breaking change in v2"'],
    },
    {
      rule: 'of two extensions of one task, the closer is the rewording and the other added',
      before: { Ship: ['[ ] Docs for the API'] },
      after: { Ship: ['[ ] Docs for the API and the CLI, with examples of every command', '[ ] Docs for the API v2'] },
      changes: ['added Docs for the API and the CLI, with examples of every command', 'reworded Docs for the API v2 was "Docs for the API"'],
    },
    {
      rule: 'a text inside another only across word boundaries is no rewording',
      before: { Ship: ['[ ] port'] },
      after: { Ship: ['[ ] Support exports to spreadsheets'] },
      changes: ['added Support exports to spreadsheets', 'removed port'],
    },
    {
      rule: 'a task kept whole in one in another milestone is not a move',
      before: { Ship: ['[ ] Market expansion', '[ ] x'], Later: ['[ ] y'] },
      after: { Ship: ['[ ] x'], Later: ['[ ] y', '[ ] Market expansion into Europe and Asia'] },
      changes: ['added Market expansion into Europe and Asia', 'removed Market expansion'],
    },
    { rule: 'a case change is reworded', before: { Ship: ['[ ] write docs'] }, after: { Ship: ['[ ] Write Docs'] }, changes: ['reworded Write Docs was "write docs"'] },
    { rule: 'white space alone is no change', before: { Ship: ['[ ] write   docs'] }, after: { Ship: ['[ ] write docs'] }, changes: [] },
    { rule: 'reordering is no change', before: { Ship: ['[ ] one', '[ ] two', '[ ] three'] }, after: { Ship: ['[ ] three', '[ ] one', '[ ] two'] }, changes: [] },
    {
      rule: 'a task under another milestone is moved',
      before: { Ship: ['[ ] set up analytics', '[ ] x'], Later: ['[ ] y'] },
      after: { Ship: ['[ ] x'], Later: ['[ ] y', '[ ] set up analytics'] },
      changes: ['moved set up analytics from Ship'],
    },
    {
      rule: 'moved and ticked is one change: done, with where it came from',
      before: { Ship: ['[ ] set up analytics', '[ ] x'], Later: ['[ ] y'] },
      after: { Ship: ['[ ] x'], Later: ['[ ] y', '[x] set up analytics'] },
      changes: ['done set up analytics from Ship'],
    },
    {
      rule: 'reworded and ticked is one change: done, with the old text',
      before: { Ship: ['[ ] Resolve 4 critical security vulnerabilities'] },
      after: { Ship: ['[x] Resolve all 4 critical security vulnerabilities'] },
      changes: ['done Resolve all 4 critical security vulnerabilities was "Resolve 4 critical security vulnerabilities"'],
    },
    {
      rule: 'moved and reworded is one change when the texts are close',
      before: { Ship: ['[ ] Implement secret scanning in the pipeline'], Later: ['[ ] z'] },
      after: { Ship: [], Later: ['[ ] z', '[ ] Implement secret scanning in the CI pipeline'] },
      changes: ['moved Implement secret scanning in the CI pipeline was "Implement secret scanning in the pipeline" from Ship'],
    },
    {
      rule: 'duplicates pair first with first',
      before: { Ship: ['[ ] same', '[ ] same'] },
      after: { Ship: ['[x] same', '[ ] same'] },
      changes: ['done same'],
    },
    {
      rule: 'an exact match wins over a near one',
      before: { Ship: ['[ ] deploy v2', '[ ] deploy v3'] },
      after: { Ship: ['[ ] deploy v3'] },
      changes: ['removed deploy v2'],
    },
  ];
  it.each(rows)('$rule', async ({ before, after, changes }) => {
    const [release] = await diffOf(plan(before), plan(after));
    expect(taskChanges(release!)).toEqual(changes);
  });
});

describe('milestone pairing', () => {
  it('a milestone with a new title but its tasks is renamed, and its tasks are not moved', async () => {
    const [release] = await diffOf(plan({ 'Security: critical': ['[ ] a', '[ ] b', '[ ] c'] }), plan({ 'Hardening: critical': ['[ ] a', '[x] b', '[ ] c'] }));
    expect(release!.milestones).toEqual([expect.objectContaining({ change: 'renamed', title: 'Hardening', from: 'Security', to: 'Hardening' })]);
    expect(taskChanges(release!)).toEqual(['done b']);
  });

  it('a title edited a little is renamed', async () => {
    const [release] = await diffOf(plan({ 'Security Hardening': ['[ ] a'] }), plan({ 'Security hardening work': ['[ ] z'] }));
    expect(release!.milestones.map((m) => m.change)).toEqual(['renamed']);
    expect(taskChanges(release!)).toEqual(['added z', 'removed a']);
  });

  it('a new milestone is added and one gone is removed, with their tasks', async () => {
    const [release] = await diffOf(plan({ Alpha: ['[ ] one'] }), plan({ Omega: ['[ ] two'] }));
    expect(release!.milestones.map((m) => `${m.change} ${m.title}`)).toEqual(['added Omega', 'removed Alpha']);
    expect(taskChanges(release!)).toEqual(['added two', 'removed one']);
  });

  it('reports tier, Priority, Status, Timeline and due date changes, each from and to', async () => {
    const before = '# Plan\n\n## Work\n**Priority**: Medium  \n**Timeline**: Q1 2027  \n**Status**: In progress\n\n- [ ] a\n';
    const after = '# Plan\n\n## Work\n**Priority**: High  \n**Timeline**: Q2 2027  \n**Status**: At risk\n\n- [ ] a\n';
    const [release] = await diffOf(before, after);
    expect(release!.milestones.map(({ change, from, to }) => `${change} ${from} → ${to}`)).toEqual([
      'tier medium → high',
      'priority Medium → High',
      'status In progress → At risk',
      'timeline Q1 2027 → Q2 2027',
      'due 2027-03-31 → 2027-06-30',
    ]);
  });
});

describe('the gate before and after', () => {
  it('says a change unblocks a release, and how', async () => {
    const [release] = await diffOf(plan({ 'Ship: critical': ['[ ] a', '[ ] b'] }), plan({ 'Ship: critical': ['[x] a', '[x] b'] }));
    expect(release!.before).toEqual({ blocked: true, done: 0, total: 2, blockers: 2 });
    expect(release!.after).toEqual({ blocked: false, done: 2, total: 2, blockers: 0 });
    expect(release!.summary).toBe('this change unblocks Plan: 2 critical tasks done');
    expect(release!.resolvedBlockers).toBe(2);
    expect(release!.newBlockers).toEqual([]);
  });

  it('counts a reopened, an added and a raised task as new blockers', async () => {
    const [release] = await diffOf(
      plan({ 'Ship: critical': ['[x] a'], 'Later: low': ['[ ] b'] }),
      plan({ 'Ship: critical': ['[ ] a', '[ ] c'], 'Later: critical': ['[ ] b'] }),
    );
    expect(release!.newBlockers.map((blocker) => blocker.text)).toEqual(['a', 'c', 'b']);
    expect(release!.summary).toBe('this change blocks Plan: adds 3 release blockers');
  });

  it('a task moved out of the gate no longer blocks; one moved into it is new', async () => {
    const [release] = await diffOf(plan({ 'Ship: critical': ['[ ] a'], 'Later: low': ['[ ] b'] }), plan({ 'Ship: critical': ['[ ] b'], 'Later: low': ['[ ] a'] }));
    expect(release!.newBlockers.map((blocker) => blocker.text)).toEqual(['b']);
    expect(release!.summary).toBe('1 task no longer blocking, adds 1 release blocker: Plan is still blocked by 1 task');
  });

  it('a removed blocker is said as removed', async () => {
    const [release] = await diffOf(plan({ 'Ship: critical': ['[ ] a', '[ ] gone'] }), plan({ 'Ship: critical': ['[ ] a'] }));
    expect(release!.summary).toBe('1 blocking task removed: Plan is still blocked by 1 task');
  });

  it('a clear release that stays clear says so', async () => {
    const [release] = await diffOf(plan({ 'Ship: low': ['[ ] a'] }), plan({ 'Ship: low': ['[x] a'] }));
    expect(release!.summary).toBe('Plan stays clear');
  });
});

describe('releases and metrics', () => {
  it('pairs a renamed release by its file', async () => {
    const [release, ...rest] = await diffOf(plan({ Ship: ['[ ] a'] }, 'vNext'), plan({ Ship: ['[x] a'] }, 'v2.0'));
    expect(rest).toEqual([]);
    expect(release).toMatchObject({ release: 'v2.0', from: 'vNext' });
    expect(taskChanges(release!)).toEqual(['done a']);
  });

  it('a file added in head is a release whose tasks are all added', async () => {
    const releases = await diffOf({ 'roadmap/a.md': plan({ Ship: ['[ ] a'] }, 'A') }, { 'roadmap/a.md': plan({ Ship: ['[ ] a'] }, 'A'), 'roadmap/b.md': plan({ Go: ['[ ] b'] }, 'B') });
    expect(releases.map((release) => `${release.release} ${taskChanges(release).join(', ')}`)).toEqual(['A ', 'B added b']);
    expect(releases[1]!.before).toEqual({ blocked: false, done: 0, total: 0, blockers: 0 });
  });

  it('a release whose file is gone is removed, not unblocked; one new is added, with its blockers', async () => {
    const other = plan({ Later: ['[ ] x'] }, 'Other');
    const blocked = plan({ 'Ship: critical': ['[ ] a', '[ ] b'] }, 'Gone');
    const [, removed] = await diffOf({ 'roadmap/gone.md': blocked, 'roadmap/other.md': other }, { 'roadmap/other.md': other });
    expect(removed).toMatchObject({ release: 'Gone', before: { blocked: true, blockers: 2 }, after: { blocked: false, total: 0 } });
    expect(removed!.summary).toBe('this change removes Gone, with its 2 release blockers');
    const [, added] = await diffOf({ 'roadmap/other.md': other }, { 'roadmap/other.md': other, 'roadmap/new.md': blocked });
    expect(added!.summary).toBe('this change adds Gone, with 2 release blockers');
    expect(added!.newBlockers.map((blocker) => blocker.text)).toEqual(['a', 'b']);
    const [, clear] = await diffOf({ 'roadmap/other.md': other }, { 'roadmap/other.md': other, 'roadmap/new.md': plan({ Later: ['[ ] y'] }, 'New') });
    expect(clear!.summary).toBe('this change adds New, with no release blocker');
    const [, gone] = await diffOf({ 'roadmap/other.md': other, 'roadmap/new.md': plan({ Later: ['[ ] y'] }, 'New') }, { 'roadmap/other.md': other });
    expect(gone!.summary).toBe('this change removes New');
  });

  it('a file moved to another path is no change', async () => {
    const text = plan({ Ship: ['[ ] a'] });
    const [release] = await diffOf({ 'roadmap/old.md': text }, { 'roadmap/new.md': text });
    expect(release!.tasks).toEqual([]);
    expect(release!.milestones).toEqual([]);
  });

  it('reports success metrics added, removed and changed', async () => {
    const metrics = (lines: string[]) => `# Plan\n\n## Success Metrics\n\n${lines.map((line) => `- **${line}`).join('\n')}\n\n## Ship\n\n- [ ] a\n`;
    const [release] = await diffOf(
      metrics(['Performance**: Lighthouse score > 90', 'Reliability**: Uptime > 99.9%']),
      metrics(['Performance**: Lighthouse score > 95', 'Adoption**: Weekly users > 100']),
    );
    expect(release!.metrics).toEqual([
      { change: 'changed', name: 'Performance', from: 'Performance: Lighthouse score > 90', to: 'Performance: Lighthouse score > 95' },
      { change: 'added', name: 'Adoption', from: null, to: 'Adoption: Weekly users > 100' },
      { change: 'removed', name: 'Reliability', from: 'Reliability: Uptime > 99.9%', to: null },
    ]);
  });
});
