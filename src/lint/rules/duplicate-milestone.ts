/** `duplicate-milestone`: two milestones of one file with the same title; reported on the later one. */
import type { Diagnostic } from '../../model/types.js';
import type { LintRule } from '../types.js';

export const duplicateMilestone: LintRule = (document) => {
  const first = new Map<string, number>();
  const found: Diagnostic[] = [];
  for (const milestone of document.milestones) {
    if (milestone.implicit) continue;
    const key = sameTitle(milestone.title);
    const line = first.get(key);
    if (line === undefined) {
      first.set(key, milestone.line);
      continue;
    }
    found.push({
      file: document.file,
      line: milestone.line,
      column: milestone.column,
      severity: 'warning',
      rule: 'duplicate-milestone',
      message: `milestone "${milestone.title}" is already at line ${line}`,
    });
  }
  return found;
};

/** Titles that read the same: case and runs of white space aside. */
function sameTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}
