/** Done/total counts per tier and overall. */
import { TIERS } from '../model/tier.js';
import type { Progress, Tier, TierProgress } from '../model/types.js';

/** Counts of tasks, each with the tier it was reported under. */
export function tierProgress(tasks: ReadonlyArray<{ tier: Tier; checked: boolean }>): TierProgress[] {
  return TIERS.map((tier) => {
    const inTier = tasks.filter((task) => task.tier === tier);
    return { tier, done: inTier.filter((task) => task.checked).length, total: inTier.length };
  });
}

export function sumProgress(parts: readonly Progress[]): Progress {
  return parts.reduce((sum, part) => ({ done: sum.done + part.done, total: sum.total + part.total }), {
    done: 0,
    total: 0,
  });
}

/** Whole percent, rounded down so that 99.6% never reads as done. */
export function percent(progress: Progress): number {
  return progress.total === 0 ? 0 : Math.floor((progress.done / progress.total) * 100);
}
