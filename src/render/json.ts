/**
 * The public JSON document (DESIGN.md §5), built field by field so that the internal model can
 * change without breaking anyone's CI script. Fields may be added; none may change meaning
 * without a new schemaVersion.
 */
import type { Blocker, Diagnostic, Metric, Report, ReportedMilestone, RoadmapReport, TierProgress } from '../model/types.js';
import { escapeJsonControls } from './sanitize.js';

export const SCHEMA_VERSION = 1;

export function toJson(report: Report) {
  return {
    schemaVersion: SCHEMA_VERSION,
    today: report.today,
    blocked: report.blocked,
    judged: report.judged,
    totals: { done: report.totals.done, total: report.totals.total },
    tiers: report.tiers.map(tierJson),
    roadmaps: report.roadmaps.map(roadmapJson),
  };
}

export type JsonReport = ReturnType<typeof toJson>;

export function renderJson(report: Report): string {
  return escapeJsonControls(JSON.stringify(toJson(report), null, 2));
}

function roadmapJson(roadmap: RoadmapReport) {
  return {
    file: roadmap.file,
    title: roadmap.title,
    release: roadmap.release,
    blocked: roadmap.blocked,
    judged: roadmap.judged,
    review: roadmap.review && { next: roadmap.review.next, overdueDays: roadmap.review.overdueDays },
    totals: { done: roadmap.totals.done, total: roadmap.totals.total },
    tiers: roadmap.tiers.map(tierJson),
    milestones: roadmap.milestones.map(milestoneJson),
    blockers: roadmap.blockers.map(blockerJson),
    metrics: roadmap.metrics.map(metricJson),
    diagnostics: roadmap.diagnostics.map(diagnosticJson),
  };
}

function tierJson(tier: TierProgress) {
  return { tier: tier.tier, done: tier.done, total: tier.total };
}

function milestoneJson(milestone: ReportedMilestone) {
  return {
    title: milestone.title,
    section: milestone.section,
    marker: milestone.marker,
    tier: milestone.tier,
    tierSource: milestone.tierSource,
    blocking: milestone.blocking,
    line: milestone.line,
    done: milestone.done,
    total: milestone.total,
    due: milestone.due,
    overdue: milestone.overdue,
  };
}

export function blockerJson(blocker: Blocker) {
  return {
    file: blocker.file,
    line: blocker.line,
    column: blocker.column,
    text: blocker.text,
    milestone: blocker.milestone,
    tier: blocker.tier,
  };
}

function metricJson(metric: Metric) {
  return {
    name: metric.name,
    label: metric.label,
    comparator: metric.comparator,
    target: metric.target,
    unit: metric.unit,
    line: metric.line,
  };
}

export function diagnosticJson(diagnostic: Diagnostic) {
  return {
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    severity: diagnostic.severity,
    rule: diagnostic.rule,
    message: diagnostic.message,
  };
}
