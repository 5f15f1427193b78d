/** The gate's verdict on a release in words, shared by the check output and the job summary. */
import { TIERS } from '../model/tier.js';
import type { Blocker, ReleaseVerdict, RenderContext, Report, ReportedMilestone, Tier } from '../model/types.js';
import { overdueMilestones } from '../report/due.js';
import { plural } from './text.js';

/** `5 open tasks (critical)`, or `7 open tasks (2 critical, 5 high)` when tiers are mixed. */
export function describeBlockers(blockers: readonly Blocker[]): string {
  const counts = new Map<Tier, number>();
  for (const blocker of blockers) counts.set(blocker.tier, (counts.get(blocker.tier) ?? 0) + 1);
  const tiers = TIERS.filter((tier) => counts.has(tier));
  const breakdown = tiers.length === 1 ? tiers[0]! : tiers.map((tier) => `${counts.get(tier)} ${tier}`).join(', ');
  return `${plural(blockers.length, 'open task')} (${breakdown})`;
}

export type VerdictWord = 'BLOCKED' | 'OVERDUE' | 'NOT JUDGED' | 'CLEAR';

/** What a release that is not blocked but has a file that could not be fully read is told. */
export const NOT_JUDGED_DETAIL = 'a file could not be fully read (see its errors): its tasks may not all be counted';

/**
 * `BLOCKED` with what blocks it, or `CLEAR` with the level it was judged at. `overdue` counts the
 * release's overdue milestones when they fail the gate too (--fail-on-overdue): a release that
 * only they fail is `OVERDUE`.
 */
export function releaseVerdict(release: ReleaseVerdict, failOn: Tier, overdue = 0): { word: VerdictWord; detail: string } {
  const late = overdue > 0 ? `${plural(overdue, 'milestone')} overdue (fail-on-overdue)` : null;
  if (release.blocked) {
    const blockers = describeBlockers(release.blockers);
    const unread = release.judged ? '' : `; ${NOT_JUDGED_DETAIL}`;
    return { word: 'BLOCKED', detail: `${late === null ? blockers : `${blockers}; ${late}`}${unread}` };
  }
  // Never "clear" for a release whose files were not all read.
  if (!release.judged) return { word: 'NOT JUDGED', detail: late === null ? NOT_JUDGED_DETAIL : `${late}; ${NOT_JUDGED_DETAIL}` };
  const clear = `no open task blocks it (fail-on ${failOn})`;
  return late === null ? { word: 'CLEAR', detail: clear } : { word: 'OVERDUE', detail: `${late}; ${clear}` };
}

/** The verdict as `check` gives it: overdue milestones count only with --fail-on-overdue. */
export function gateVerdict(report: Report, release: ReleaseVerdict, context: RenderContext): { word: VerdictWord; detail: string } {
  return releaseVerdict(release, report.failOn, context.failOnOverdue ? overdueIn(report, release).length : 0);
}

/** The overdue milestones of the release's roadmaps, in file and line order. */
export function overdueIn(report: Report, release: ReleaseVerdict): ReportedMilestone[] {
  return report.roadmaps.filter((roadmap) => roadmap.release === release.name).flatMap(overdueMilestones);
}
