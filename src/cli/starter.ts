/**
 * The starter roadmap `roadmap init` writes: every part of the format once — horizon sections,
 * milestones with Priority, Timeline and Status, tasks, success metrics and a review date — so
 * that `status`, `check` and `lint` all have something true to say about it.
 */
export const STARTER_FILE = 'roadmap/roadmap.md';

/** The starter text, dated `today` (`YYYY-MM-DD`), with its next review two weeks later. */
export function starterRoadmap(today: string): string {
  // Two trailing spaces end each field line, so GitHub shows one field per line.
  return `# Roadmap

**Generated**: ${today}  
**Owner**: @your-team

<!--
  One milestone per heading: its fields, then its tasks (- [ ] open, - [x] done).
  roadmap status   progress per tier and what blocks the release
  roadmap check    fails CI while critical or release-blocking tasks are open
  roadmap lint     points at contradictions, duplicates and typos
-->

## Critical Path (Blocking Release)

### 🔴 First release
**Priority**: Critical  
**Timeline**: 2-4 weeks  
**Status**: In progress

- [x] Write down what the first release must do
- [ ] Ship the smallest useful version
- [ ] Tell the first users

## Short-term Milestones (Next 1-2 Months)

### 🟡 Feedback
**Priority**: High  
**Timeline**: 4-6 weeks  
**Status**: Not started

- [ ] Collect feedback from the first users
- [ ] Fix the three problems they report most

## Medium-term Milestones (Next 3-6 Months)

### 🟢 Growth
**Priority**: Medium  
**Timeline**: Next 3-6 Months

- [ ] Write the getting-started guide
- [ ] Automate the release

## Long-term Vision (6+ Months)

### Platform
**Priority**: Low  
**Timeline**: 6+ months

- [ ] Decide what others should be able to build on it

## Success Metrics

- Adoption: Weekly active users > 100
- Reliability: Uptime > 99.9%

---

**Last Updated**: ${today}  
**Next Review**: ${addDays(today, 14)}
`;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
