/** Done/total counts per tier and overall. */
import { TIERS, tierRank } from '../model/tier.js';
import type { Progress, Tier, TierProgress } from '../model/types.js';

/** Done and total tasks per tier, added up milestone by milestone. */
export class TierCounts {
  /** Every tier, in order: a tier no task has stays at 0/0. */
  readonly #counts: TierProgress[] = TIERS.map((tier) => ({ tier, done: 0, total: 0 }));

  add(tier: Tier, done: number, total: number): void {
    const counts = this.#counts[tierRank(tier)]!;
    counts.done += done;
    counts.total += total;
  }

  progress(): TierProgress[] {
    return this.#counts;
  }
}

export function sumProgress(parts: readonly Progress[]): Progress {
  const sum = { done: 0, total: 0 };
  for (const part of parts) {
    sum.done += part.done;
    sum.total += part.total;
  }
  return sum;
}

/** Whole percent, rounded down so that 99.6% never reads as done. */
export function percent(progress: Progress): number {
  return progress.total === 0 ? 0 : Math.floor((progress.done / progress.total) * 100);
}

/** Every task done, and at least one task: a milestone with none is not "done". */
export function isComplete(progress: Progress): boolean {
  return progress.total > 0 && progress.done === progress.total;
}
