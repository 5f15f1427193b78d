/**
 * The pairing of `roadmap diff` against the edits a hostile reviewer would try on the seed: the
 * same task text in two milestones, a task moved and reworded, a task rewritten, a milestone
 * renamed (its tasks kept, or moved to another section), a milestone removed with its tasks,
 * milestones reordered, and one title used in two sections. Each case is the seed before and an
 * edit of it after, and every change the diff reports.
 */
import { describe, expect, it } from 'vitest';
import type { ReleaseDiff } from '../../src/diff/index.js';
import { seedText } from '../helpers/fixtures.js';
import { diffOf as diffReleases, edit } from './sides.js';

async function diffOf(before: string, after: string): Promise<ReleaseDiff> {
  const releases = await diffReleases(before, after, 'roadmap/vnext.md');
  expect(releases).toHaveLength(1);
  return releases[0]!;
}

/** `change line text [milestone] (was "…") (from …)`, in the order reported. */
function tasks(release: ReleaseDiff): string[] {
  return release.tasks.map((t) =>
    [`${t.change} ${t.line} ${t.text} [${t.milestone}]`, t.from === undefined ? '' : `(was "${t.from}")`, t.fromMilestone === undefined ? '' : `(from ${t.fromMilestone})`]
      .filter((part) => part !== '')
      .join(' '),
  );
}

/** `change line title: from → to`. */
function milestones(release: ReleaseDiff): string[] {
  return release.milestones.map((m) => `${m.change} ${m.line} ${m.title}: ${m.from ?? '—'} → ${m.to ?? '—'}`);
}

const SEED = seedText();
const TECH_DEBT_TASKS = [
  '- [ ] Pin all Python dependencies (25 unpinned)',
  '- [ ] Pin all Node.js dependencies (16 unpinned)',
  '- [ ] Address N+1 query patterns',
  '- [ ] Improve test coverage',
  '- [ ] Refactor technical debt hotspots',
].join('\n');
const TECH_DEBT = `### 游릭 Technical Debt\n**Priority**: Medium  \n**Timeline**: Ongoing\n\n${TECH_DEBT_TASKS}\n`;

describe('the same task text in two milestones', () => {
  // "Write a runbook" at the end of Security Hardening (line 21) and of Technical Debt (line 66).
  const twice = edit(
    SEED,
    ['- [ ] Document security best practices\n', '- [ ] Document security best practices\n- [ ] Write a runbook\n'],
    ['- [ ] Refactor technical debt hotspots\n', '- [ ] Refactor technical debt hotspots\n- [ ] Write a runbook\n'],
  );

  it('ticking one is that one done, in its own milestone', async () => {
    const release = await diffOf(twice, edit(twice, ['hotspots\n- [ ] Write a runbook', 'hotspots\n- [x] Write a runbook']));
    expect(tasks(release)).toEqual(['done 66 Write a runbook [Technical Debt]']);
    expect(release.summary).toBe('vNext Milestones is still blocked by 6 tasks');
  });

  it('removing one is that one removed, at its line in base', async () => {
    const release = await diffOf(twice, edit(twice, ['practices\n- [ ] Write a runbook\n', 'practices\n']));
    expect(tasks(release)).toEqual(['removed 21 Write a runbook [Security Hardening]']);
    expect(release.summary).toBe('1 blocking task removed: vNext Milestones is still blocked by 5 tasks');
  });

  it('moving one is one move, from the milestone it left', async () => {
    const release = await diffOf(
      twice,
      edit(twice, ['practices\n- [ ] Write a runbook\n', 'practices\n'], ['- [ ] Measure and optimize acquisition funnel\n', '- [ ] Measure and optimize acquisition funnel\n- [ ] Write a runbook\n']),
    );
    expect(tasks(release)).toEqual(['moved 45 Write a runbook [GTM Experiments] (from Security Hardening)']);
    expect(release.summary).toBe('1 task no longer blocking: vNext Milestones is still blocked by 5 tasks');
  });

  it('adding a third copy elsewhere is one addition', async () => {
    const release = await diffOf(twice, edit(twice, ['- [ ] Mobile applications\n', '- [ ] Mobile applications\n- [ ] Write a runbook\n']));
    expect(tasks(release)).toEqual(['added 99 Write a runbook [Platform Evolution]']);
  });
});

describe('tasks edited', () => {
  it('a task moved and reworded a little is one move, with the old text', async () => {
    const release = await diffOf(
      SEED,
      edit(SEED, ['- [ ] Improve CI/CD pipeline efficiency\n', ''], ['- [ ] Refactor technical debt hotspots\n', '- [ ] Refactor technical debt hotspots\n- [ ] Improve CI/CD pipeline efficiency (build caching)\n']),
    );
    expect(tasks(release)).toEqual(['moved 65 Improve CI/CD pipeline efficiency (build caching) [Technical Debt] (was "Improve CI/CD pipeline efficiency") (from Infrastructure Improvements)']);
  });

  it('a task moved, reworded and ticked is one change: done, with where it came from and its old text', async () => {
    const release = await diffOf(
      SEED,
      edit(SEED, ['- [ ] Improve CI/CD pipeline efficiency\n', ''], ['- [ ] Refactor technical debt hotspots\n', '- [ ] Refactor technical debt hotspots\n- [x] Improve CI/CD pipeline efficiency (build caching)\n']),
    );
    expect(tasks(release)).toEqual(['done 65 Improve CI/CD pipeline efficiency (build caching) [Technical Debt] (was "Improve CI/CD pipeline efficiency") (from Infrastructure Improvements)']);
  });

  it('a task rewritten is removed and added, not reworded', async () => {
    const release = await diffOf(SEED, edit(SEED, ['Create privacy policy', 'Publish a data processing agreement']));
    expect(tasks(release)).toEqual(['added 50 Publish a data processing agreement [Compliance Tasks]', 'removed 50 Create privacy policy [Compliance Tasks]']);
  });

  it('a task rewritten and moved is removed and added', async () => {
    const release = await diffOf(SEED, edit(SEED, ['- [ ] Create privacy policy\n', ''], ['- [ ] Mobile applications\n', '- [ ] Mobile applications\n- [ ] Publish a privacy notice\n']));
    expect(tasks(release)).toEqual(['added 96 Publish a privacy notice [Platform Evolution]', 'removed 50 Create privacy policy [Compliance Tasks]']);
  });

  it('a reworded critical task stays a blocker, not a new one', async () => {
    const release = await diffOf(SEED, edit(SEED, ['Resolve 4 critical security', 'Resolve 5 critical security']));
    expect(tasks(release)).toEqual([
      'reworded 16 Resolve 5 critical security vulnerabilities (hardcoded credentials) [Security Hardening] (was "Resolve 4 critical security vulnerabilities (hardcoded credentials)")',
    ]);
    expect(release.newBlockers).toEqual([]);
    expect(release.resolvedBlockers).toBe(0);
  });
});

describe('milestones edited', () => {
  it('a milestone renamed keeps its tasks: renamed, and no task moved', async () => {
    const release = await diffOf(SEED, edit(SEED, ['### 游릭 Technical Debt', '### 游릭 Engineering Hygiene'], ['- [ ] Improve test coverage', '- [x] Improve test coverage']));
    expect(milestones(release)).toEqual(['renamed 56 Engineering Hygiene: Technical Debt → Engineering Hygiene']);
    expect(tasks(release)).toEqual(['done 63 Improve test coverage [Engineering Hygiene]']);
  });

  it('a milestone renamed a little (& for and) is renamed', async () => {
    const release = await diffOf(SEED, edit(SEED, ['### Growth & Scaling', '### Growth and Scaling']));
    expect(milestones(release)).toEqual(['renamed 82 Growth and Scaling: Growth & Scaling → Growth and Scaling']);
    expect(tasks(release)).toEqual([]);
  });

  it('a milestone renamed into another section: renamed, its tier and fields changed, its tasks not moved', async () => {
    const kept = TECH_DEBT_TASKS.replace('- [ ] Refactor technical debt hotspots', '').replace('- [ ] Improve test coverage', '- [x] Improve test coverage').trim();
    const release = await diffOf(SEED, edit(SEED, [`${TECH_DEBT}\n`, ''], ['### Platform Evolution', `### Engineering Hygiene\n${kept}\n\n### Platform Evolution`]));
    expect(milestones(release)).toEqual([
      'renamed 81 Engineering Hygiene: Technical Debt → Engineering Hygiene',
      'tier 81 Engineering Hygiene: medium → low',
      'priority 81 Engineering Hygiene: Medium → —',
      'timeline 81 Engineering Hygiene: Ongoing → —',
    ]);
    expect(tasks(release)).toEqual(['done 85 Improve test coverage [Engineering Hygiene]', 'removed 64 Refactor technical debt hotspots [Technical Debt]']);
  });

  it('a milestone removed is removed with each of its tasks, at their lines in base', async () => {
    const release = await diffOf(
      SEED,
      edit(SEED, ['### Business Growth\n- [ ] Revenue optimization\n- [ ] Market expansion\n- [ ] Partnership development\n- [ ] Customer success programs\n- [ ] Investor relations\n\n', '']),
    );
    expect(milestones(release)).toEqual(['removed 98 Business Growth: Business Growth → —']);
    expect(tasks(release)).toEqual([
      'removed 99 Revenue optimization [Business Growth]',
      'removed 100 Market expansion [Business Growth]',
      'removed 101 Partnership development [Business Growth]',
      'removed 102 Customer success programs [Business Growth]',
      'removed 103 Investor relations [Business Growth]',
    ]);
    expect(release.after).toEqual({ blocked: true, done: 0, total: 45, blockers: 5 });
  });

  it('a milestone removed whose tasks went to another: each task moved', async () => {
    const release = await diffOf(
      SEED,
      edit(SEED, [`${TECH_DEBT}\n`, ''], ['- [ ] Ensure GDPR/CCPA compliance (if applicable)\n', `- [ ] Ensure GDPR/CCPA compliance (if applicable)\n${TECH_DEBT_TASKS}\n`]),
    );
    expect(milestones(release)).toEqual(['removed 56 Technical Debt: Technical Debt → —']);
    expect(tasks(release)).toEqual([55, 56, 57, 58, 59].map((line, i) => `moved ${line} ${TECH_DEBT_TASKS.split('\n')[i]!.slice(6)} [Compliance Tasks] (from Technical Debt)`));
  });

  it('milestones reordered are no change', async () => {
    const gtm = SEED.slice(SEED.indexOf('### 游리 GTM Experiments'), SEED.indexOf('### 游리 Compliance Tasks'));
    const release = await diffOf(SEED, edit(SEED, [gtm, ''], [TECH_DEBT, `${TECH_DEBT}\n${gtm.trimEnd()}\n`]));
    expect(tasks(release)).toEqual([]);
    expect(milestones(release)).toEqual([]);
  });

  it('one title in two sections: a third inserted above does not shift the others', async () => {
    const twice = edit(SEED, ['### Infrastructure Improvements', '### Backend'], ['### Platform Evolution', '### Backend']);
    const release = await diffOf(twice, edit(twice, ['## Short-term Milestones (Next 1-2 Months)\n', '## Short-term Milestones (Next 1-2 Months)\n\n### Backend\n- [ ] Add a read replica\n\n']));
    expect(milestones(release)).toEqual(['added 26 Backend: — → Backend']);
    expect(tasks(release)).toEqual(['added 27 Add a read replica [Backend]']);
  });
});
