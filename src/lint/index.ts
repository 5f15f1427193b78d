/**
 * Lint: the report's own diagnostics (unknown priorities, front matter, timelines, encoding)
 * plus what the lint rules find, merged into each roadmap's diagnostics. Pure.
 */
import type { Diagnostic, Report, RoadmapDocument } from '../model/types.js';
import { LINT_RULES } from './rules/index.js';
import type { LintContext } from './types.js';

export { LINT_RULES, type LintRuleId } from './rules/index.js';
export { referencedFiles } from './rules/missing-reference.js';
export type { LintContext, LintRule } from './types.js';

/** Every lint rule's findings on one document, in line order. */
export function lintDocument(document: RoadmapDocument, context: LintContext): Diagnostic[] {
  return inLineOrder(Object.values(LINT_RULES).flatMap((rule) => rule(document, context)));
}

/** The report with each roadmap's diagnostics extended by the lint rules' findings. */
export function lintReport(report: Report, documents: readonly RoadmapDocument[], context: LintContext): Report {
  const byFile = new Map(documents.map((document) => [document.file, document]));
  const roadmaps = report.roadmaps.map((roadmap) => {
    const document = byFile.get(roadmap.file);
    const found = document ? lintDocument(document, context) : [];
    return { ...roadmap, diagnostics: inLineOrder([...roadmap.diagnostics, ...found]) };
  });
  return { ...report, roadmaps, diagnostics: roadmaps.flatMap((roadmap) => roadmap.diagnostics) };
}

function inLineOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
