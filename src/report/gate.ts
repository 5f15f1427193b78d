/** The release gate (DESIGN.md §3): which open tasks hold a release back. */
import { atOrAbove } from '../model/tier.js';
import type { Milestone, RoadmapDocument, Tier } from '../model/types.js';
import { findField } from '../model/field.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Whether a heading on the milestone's path, or its own Status, says it blocks the release
 * (front matter `blocking: true` says so for the whole file). `Blocked` alone does not.
 */
export function isBlockingMilestone(document: RoadmapDocument, milestone: Milestone, words: Vocabulary): boolean {
  if (document.blocking) return true;
  const status = findField(milestone.fields, 'status');
  if (status && words.saysBlocking(status.value)) return true;
  if (!milestone.implicit && words.saysBlocking(milestone.title)) return true;
  for (const heading of milestone.ancestors) if (words.saysBlocking(heading.title)) return true;
  return false;
}

/** Whether an open task of a milestone with this tier and flag blocks its release. */
export function blocksRelease(tier: Tier, blocking: boolean, failOn: Tier): boolean {
  return blocking || atOrAbove(tier, failOn);
}
