/** A milestone's tier (DESIGN.md §2): explicit Priority, else a tier word on its path, else none. */
import type { Diagnostic, Milestone, RoadmapDocument, Tier, TierSource } from '../model/types.js';
import { findField } from '../model/field.js';
import { didYouMean } from './did-you-mean.js';
import type { Vocabulary } from './vocabulary.js';

export interface TierResolution {
  tier: Tier;
  source: TierSource;
  /** An unknown Priority value met on the way. */
  diagnostics: Diagnostic[];
}

export function resolveTier(document: RoadmapDocument, milestone: Milestone, words: Vocabulary): TierResolution {
  const diagnostics: Diagnostic[] = [];
  const explicit = explicitTier(document, milestone, words, diagnostics);
  if (explicit) return { tier: explicit, source: 'explicit', diagnostics };

  const own = milestone.implicit ? undefined : words.headingTier(milestone.title);
  if (own) return { tier: own, source: 'inherited', diagnostics };
  for (const heading of milestone.ancestors) {
    const tier = words.headingTier(heading.title);
    if (tier) return { tier, source: 'inherited', diagnostics };
  }
  return { tier: 'unprioritized', source: 'none', diagnostics };
}

/**
 * The first Priority field met walking up from the milestone, then front matter `priority`.
 * A value that names no tier is reported, and resolution falls through to heading words.
 */
function explicitTier(
  document: RoadmapDocument,
  milestone: Milestone,
  words: Vocabulary,
  diagnostics: Diagnostic[],
): Tier | undefined {
  let field = findField(milestone.fields, 'priority');
  for (let i = 0; !field && i < milestone.ancestors.length; i++) field = findField(milestone.ancestors[i]!.fields, 'priority');
  if (field) {
    const tier = words.priority(field.value);
    if (!tier) diagnostics.push(unknownPriority(document.file, field.value, field.line, field.column, words));
    return tier;
  }
  if (document.priority === null) return undefined;
  const tier = words.priority(document.priority);
  if (!tier) diagnostics.push(unknownPriority(document.file, document.priority, 1, 1, words));
  return tier;
}

function unknownPriority(file: string, value: string, line: number, column: number, words: Vocabulary): Diagnostic {
  const suggestion = didYouMean(value, words.priorityWords());
  return {
    file,
    line,
    column,
    severity: 'error',
    rule: 'unknown-priority',
    message: `Priority "${value}" names no tier${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
  };
}
