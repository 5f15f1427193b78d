/**
 * `status-mismatch`: a Status that contradicts the milestone's tasks — it says the work is
 * complete while tasks are open, or that it blocks the release while none is open (so the gate
 * lets the release through despite the claim).
 */
import type { Diagnostic } from '../../model/types.js';
import { findField } from '../../model/field.js';
import type { LintRule } from '../types.js';

/** Status values that say the work is finished, after any leading emoji or punctuation. */
const DONE = /^(?:complete|completed|done|finished|shipped|released)(?![\p{L}\p{N}_-])/iu;

export const statusMismatch: LintRule = (document, context) => {
  const found: Diagnostic[] = [];
  for (const milestone of document.milestones) {
    const status = findField(milestone.fields, 'status');
    if (!status) continue;
    const open = milestone.tasks.filter((task) => !task.checked).length;
    const total = milestone.tasks.length;
    let message: string | undefined;
    if (open > 0 && saysDone(status.value)) {
      message = `Status "${status.value}" says the work is done, but ${open} of ${total} task${total === 1 ? ' is' : 's are'} open`;
    } else if (open === 0 && total > 0 && context.vocabulary.saysBlocking(status.value)) {
      // With no task at all, empty-milestone names the real problem.
      message = `Status "${status.value}" says it blocks the release, but none of its ${total} task${total === 1 ? ' is' : 's are'} open`;
    }
    if (message) {
      found.push({
        file: document.file,
        line: status.line,
        column: status.column,
        severity: 'warning',
        rule: 'status-mismatch',
        message,
      });
    }
  }
  return found;
};

/** Whether a Status value says the work is finished. A legend of options (`a | b`) says nothing. */
export function saysDone(value: string): boolean {
  if (value.includes('|')) return false;
  const trimmed = value.trim();
  if (trimmed.startsWith('✅') || trimmed.startsWith('☑') || trimmed.startsWith('✔')) return true;
  return DONE.test(trimmed.replace(/^[^\p{L}\p{N}]+/u, ''));
}
