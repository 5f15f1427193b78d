import type { Diagnostic, RuleId } from './types.js';

/** Rules that always mean a file could not be judged: the run exits 2, whatever else it found. */
export const FATAL_RULES: ReadonlySet<RuleId> = new Set(['unreadable', 'parse-limit']);

/** A diagnostic that leaves its file not fully judged: its rule is one of FATAL_RULES, or the
 *  stage that made it marked it so (a binary file, bytes that are not text, front matter that
 *  hides task items). */
export function isFatal(diagnostic: Diagnostic): boolean {
  return diagnostic.unjudged === true || FATAL_RULES.has(diagnostic.rule);
}
