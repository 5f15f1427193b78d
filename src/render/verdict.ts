/** The gate's verdict on a release in words, shared by the check output and the job summary. */
import { TIERS } from '../model/tier.js';
import type { Blocker, ReleaseVerdict, Tier } from '../model/types.js';
import { plural } from './text.js';

/** `5 open tasks (critical)`, or `7 open tasks (2 critical, 5 high)` when tiers are mixed. */
export function describeBlockers(blockers: readonly Blocker[]): string {
  const counts = new Map<Tier, number>();
  for (const blocker of blockers) counts.set(blocker.tier, (counts.get(blocker.tier) ?? 0) + 1);
  const tiers = TIERS.filter((tier) => counts.has(tier));
  const breakdown = tiers.length === 1 ? tiers[0]! : tiers.map((tier) => `${counts.get(tier)} ${tier}`).join(', ');
  return `${plural(blockers.length, 'open task')} (${breakdown})`;
}

/** `BLOCKED` with what blocks it, or `CLEAR` with the level it was judged at. */
export function releaseVerdict(release: ReleaseVerdict, failOn: Tier): { word: 'BLOCKED' | 'CLEAR'; detail: string } {
  return release.blocked
    ? { word: 'BLOCKED', detail: describeBlockers(release.blockers) }
    : { word: 'CLEAR', detail: `no open task blocks it (fail-on ${failOn})` };
}
