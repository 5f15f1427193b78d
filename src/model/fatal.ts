import type { Diagnostic, RuleId } from './types.js';

/** Rules that mean a file could not be judged at all: the run exits 2, whatever else it found. */
export const FATAL_RULES: ReadonlySet<RuleId> = new Set(['unreadable', 'parse-limit']);

export function isFatal(diagnostic: Diagnostic): boolean {
  return FATAL_RULES.has(diagnostic.rule);
}
