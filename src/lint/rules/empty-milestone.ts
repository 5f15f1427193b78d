/**
 * `empty-milestone`: a heading with milestone fields (Priority, Status, ...) but no task items.
 * A heading whose subheadings hold the tasks is a parent, not an empty milestone: its fields
 * apply to them.
 */
import type { Diagnostic } from '../../model/types.js';
import type { LintRule } from '../types.js';

export const emptyMilestone: LintRule = (document) => {
  const parents = new Set<number>();
  for (const milestone of document.milestones) {
    if (milestone.tasks.length > 0) for (const heading of milestone.ancestors) parents.add(heading.line);
  }
  const found: Diagnostic[] = [];
  for (const milestone of document.milestones) {
    if (milestone.implicit || milestone.tasks.length > 0 || milestone.fields.length === 0) continue;
    if (parents.has(milestone.line)) continue;
    found.push({
      file: document.file,
      line: milestone.line,
      column: milestone.column,
      severity: 'warning',
      rule: 'empty-milestone',
      message: `milestone "${milestone.title}" has fields but no task items (- [ ] ...); plain list items count for nothing`,
    });
  }
  return found;
};
