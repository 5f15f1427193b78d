/**
 * What has run late, in words every output shares: each overdue milestone and each stale review,
 * with the place to point at. They are warnings, never diagnostics of the file: the roadmap is
 * well formed, only behind. `roadmap check` prints them and annotates them; they fail the gate
 * only with `--fail-on-overdue`.
 */
import type { Diagnostic, ReportedMilestone, Review, Report } from '../model/types.js';
import { plural } from './text.js';

/** Shaped like a diagnostic, so that it is printed and annotated the same way. */
export interface TimeWarning extends Omit<Diagnostic, 'rule'> {
  rule: 'overdue' | 'stale-review';
}

/** Per roadmap, in line order: its overdue milestones and, once passed, its Next Review. */
export function timeWarnings(report: Report): TimeWarning[] {
  return report.roadmaps.flatMap((roadmap) => {
    const warnings = roadmap.milestones
      .filter((milestone) => milestone.overdue)
      .map((milestone): TimeWarning => warning(roadmap.file, milestone, 'overdue', overdueText(milestone)));
    const review = roadmap.review;
    if (review !== null && review.overdueDays > 0) {
      warnings.push(warning(roadmap.file, review, 'stale-review', staleReviewText(review)));
    }
    return warnings.sort((a, b) => a.line - b.line || a.column - b.column);
  });
}

export function isTimeWarning(warning: Diagnostic | TimeWarning): warning is TimeWarning {
  return warning.rule === 'overdue' || warning.rule === 'stale-review';
}

/** `Security Hardening is overdue since 2025-11-04 (0/5 done)`. */
export function overdueText(milestone: ReportedMilestone): string {
  return `${milestone.title} is overdue since ${milestone.due} (${milestone.done}/${milestone.total} done)`;
}

/** `review overdue by 358 days (was due 2025-12-04)`. */
export function staleReviewText(review: Review): string {
  return `review overdue by ${plural(review.overdueDays, 'day')} (was due ${review.next})`;
}

function warning(file: string, at: { line: number; column: number }, rule: TimeWarning['rule'], message: string): TimeWarning {
  return { file, line: at.line, column: at.column, severity: 'warning', rule, message };
}
