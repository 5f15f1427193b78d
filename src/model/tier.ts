/** Tier order lives here and nowhere else. */
import type { Settings, Tier } from './types.js';

/** Every tier, highest first. */
export const TIERS: readonly Tier[] = ['critical', 'high', 'medium', 'low', 'unprioritized'];

/** 0 for critical … 4 for unprioritized. */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** Whether `tier` is at or above `level`. */
export function atOrAbove(tier: Tier, level: Tier): boolean {
  return tierRank(tier) <= tierRank(level);
}

/** The settings when no configuration says otherwise. */
export const DEFAULT_SETTINGS: Settings = {
  milestoneDepth: 2,
  tierWords: { critical: [], high: [], medium: [], low: [] },
  blockingWords: [],
  failOn: 'critical',
};
