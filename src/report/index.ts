/**
 * Documents → Report: each milestone's tier, blocking flag and due date, progress per tier,
 * milestone, file and overall, and a verdict per release. Pure: no I/O, no colour; today is given.
 */
import { DEFAULT_SETTINGS, TIERS } from '../model/tier.js';
import type {
  Blocker,
  Diagnostic,
  ReleaseVerdict,
  Report,
  ReportedMilestone,
  RoadmapDocument,
  RoadmapReport,
  Settings,
  Task,
  Tier,
} from '../model/types.js';
import { findField } from '../model/field.js';
import { documentAnchor, isOverdue, milestoneDates, reviewOf } from './due.js';
import { isFatal } from '../model/fatal.js';
import { blocksRelease, isBlockingMilestone } from './gate.js';
import { sumProgress, TierCounts } from './progress.js';
import { resolveTier } from './tiers.js';
import { buildVocabulary } from './vocabulary.js';

export interface ReportOptions {
  settings?: Settings;
  /** `YYYY-MM-DD`. */
  today: string;
}

export function buildReport(documents: readonly RoadmapDocument[], options: ReportOptions): Report {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const words = buildVocabulary(settings);
  const roadmaps = documents.map((document) => reportRoadmap(document, settings.failOn, words, options.today));
  const tiers = sumTiers(roadmaps);
  return {
    today: options.today,
    failOn: settings.failOn,
    blocked: roadmaps.some((roadmap) => roadmap.blocked),
    judged: roadmaps.every((roadmap) => roadmap.judged),
    totals: sumProgress(tiers),
    tiers,
    releases: releasesOf(roadmaps),
    roadmaps,
    diagnostics: roadmaps.flatMap((roadmap) => roadmap.diagnostics),
  };
}

function reportRoadmap(
  document: RoadmapDocument,
  failOn: Tier,
  words: ReturnType<typeof buildVocabulary>,
  today: string,
): RoadmapReport {
  const diagnostics: Diagnostic[] = [...document.diagnostics];
  /** Made when first needed: most roadmaps name no unknown Priority. */
  let reported: Set<string> | undefined;
  const anchor = documentAnchor(document);
  const review = reviewOf(document, anchor, today);
  for (const diagnostic of review.diagnostics) diagnostics.push(diagnostic);
  const milestones: ReportedMilestone[] = [];
  const blockers: Blocker[] = [];
  const counts = new TierCounts();

  for (const milestone of document.milestones) {
    const resolution = resolveTier(document, milestone, words);
    // A Priority shared by several milestones (front matter, a parent heading) is reported once.
    for (const found of resolution.diagnostics) {
      const key = `${found.line}:${found.column}:${found.rule}:${found.message}`;
      reported ??= new Set();
      if (!reported.has(key)) diagnostics.push(found);
      reported.add(key);
    }
    const blocking = isBlockingMilestone(document, milestone, words);
    const dates = milestoneDates(document, milestone, anchor);
    for (const diagnostic of dates.diagnostics) diagnostics.push(diagnostic);
    // Indexed: before the optimising compiler has caught up, a for-of makes an object per step,
    // and this loop runs for every task of every roadmap.
    const { tasks } = milestone;
    const open: Task[] = [];
    for (let i = 0; i < tasks.length; i++) if (!tasks[i]!.checked) open.push(tasks[i]!);
    const total = tasks.length;
    counts.add(resolution.tier, total - open.length, total);
    if (blocksRelease(resolution.tier, blocking, failOn)) {
      for (const task of open) {
        blockers.push({
          file: document.file,
          line: task.line,
          column: task.column,
          text: task.text,
          milestone: milestone.title,
          tier: resolution.tier,
        });
      }
    }
    milestones.push({
      file: document.file,
      title: milestone.title,
      section: milestone.section,
      marker: milestone.marker,
      tier: resolution.tier,
      tierSource: resolution.source,
      blocking,
      line: milestone.line,
      column: milestone.column,
      done: total - open.length,
      total,
      status: findField(milestone.fields, 'status')?.value ?? null,
      open,
      due: dates.due,
      start: dates.start,
      overdue: isOverdue(dates.due, open.length, today),
    });
  }

  sortByPosition(diagnostics);
  sortByPosition(blockers);
  const tiers = counts.progress();
  return {
    file: document.file,
    title: document.title,
    release: document.release,
    blocked: blockers.length > 0,
    judged: !diagnostics.some(isFatal),
    review: review.review,
    totals: sumProgress(tiers),
    tiers,
    milestones,
    blockers,
    metrics: document.metrics,
    diagnostics,
  };
}

/** In line and column order. A list of one is left as it is: sorting it still makes a copy. */
function sortByPosition(list: Array<{ line: number; column: number }>): void {
  if (list.length > 1) list.sort((a, b) => a.line - b.line || a.column - b.column);
}

function sumTiers(roadmaps: readonly RoadmapReport[]): Report['tiers'] {
  return TIERS.map((tier) => ({ tier, ...sumProgress(roadmaps.map((roadmap) => roadmap.tiers.find((t) => t.tier === tier)!)) }));
}

/** Roadmaps that name the same release are judged together, in order of first appearance. */
function releasesOf(roadmaps: readonly RoadmapReport[]): ReleaseVerdict[] {
  const releases = new Map<string, ReleaseVerdict>();
  for (const roadmap of roadmaps) {
    const release = releases.get(roadmap.release) ?? {
      name: roadmap.release,
      blocked: false,
      judged: true,
      files: [],
      totals: { done: 0, total: 0 },
      blockers: [],
    };
    release.files.push(roadmap.file);
    release.totals = sumProgress([release.totals, roadmap.totals]);
    for (const blocker of roadmap.blockers) release.blockers.push(blocker);
    release.blocked ||= roadmap.blocked;
    release.judged &&= roadmap.judged;
    releases.set(roadmap.release, release);
  }
  return [...releases.values()];
}
