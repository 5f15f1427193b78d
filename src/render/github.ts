/**
 * GitHub Actions annotations for `roadmap check`: an `::error` per blocking task, titled with its
 * tier and milestone, and a `::warning` per diagnostic, overdue milestone and stale review. GitHub
 * shows at most ten annotations of each kind per step, so past ten a `::notice` says how many
 * more there are; the plain output still lists them all.
 */
import { posix } from 'node:path';
import { isFatal } from '../model/fatal.js';
import type { Blocker, Diagnostic, RenderContext, Report } from '../model/types.js';
import { type WorkflowCommandName, workflowCommand } from './escape-workflow.js';
import { neutralise } from './sanitize.js';
import { clip, plural } from './text.js';
import { isTimeWarning, type TimeWarning, timeWarnings } from './time-warnings.js';

/** GitHub's limit of annotations per kind and step. */
export const ANNOTATIONS_PER_STEP = 10;

/** Longer task text is cut: an annotation is a pointer, the file holds the whole line. */
const MAX_MESSAGE = 1000;

export function renderGithub(report: Report, context: RenderContext): string {
  const prefix = context.pathPrefix ?? '';
  const blockers = report.roadmaps.flatMap((roadmap) => roadmap.blockers);
  // Diagnostics that stop the run come first, so the cap never hides why it failed; then what is
  // late, which --fail-on-overdue can fail on; then the rest.
  const warnings: Array<Diagnostic | TimeWarning> = [
    ...report.diagnostics.filter(isFatal),
    ...timeWarnings(report),
    ...report.diagnostics.filter((d) => !isFatal(d)),
  ];

  const lines = blockers.slice(0, ANNOTATIONS_PER_STEP).map((blocker) => blockerAnnotation(blocker, prefix));
  if (blockers.length > ANNOTATIONS_PER_STEP) {
    const more = blockers.length - ANNOTATIONS_PER_STEP;
    lines.push(workflowCommand('notice', {}, `${plural(more, 'more blocker')} not annotated; the log lists every one`));
  }
  lines.push(...warnings.slice(0, ANNOTATIONS_PER_STEP).map((warning) => diagnosticAnnotation(warning, prefix)));
  const hidden = warnings.slice(ANNOTATIONS_PER_STEP);
  if (hidden.length > 0) {
    const noun = hidden.some(isTimeWarning) ? 'more warning' : 'more diagnostic';
    lines.push(workflowCommand('notice', {}, `${plural(hidden.length, noun)} not annotated; the log lists every one`));
  }
  return lines.join('\n');
}

function blockerAnnotation(blocker: Blocker, prefix: string): string {
  const title = `${blocker.tier} blocker in ${clip(neutralise(blocker.milestone), 200)}`;
  return annotation('error', blocker, prefix, title, blocker.text);
}

function diagnosticAnnotation(diagnostic: Diagnostic | TimeWarning, prefix: string): string {
  return annotation('warning', diagnostic, prefix, `roadmap ${diagnostic.severity} (${diagnostic.rule})`, diagnostic.message);
}

function annotation(
  command: WorkflowCommandName,
  at: { file: string; line: number; column: number },
  prefix: string,
  title: string,
  message: string,
): string {
  const place = { file: repositoryPath(prefix, at.file), line: at.line, col: at.column };
  return workflowCommand(command, { ...place, title }, clip(neutralise(message), MAX_MESSAGE));
}

/** The file as GitHub names it: from the repository root, `/`-separated. */
export function repositoryPath(prefix: string, file: string): string {
  const path = neutralise(file);
  return prefix === '' ? path : posix.join(prefix, path);
}
