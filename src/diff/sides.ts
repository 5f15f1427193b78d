/**
 * One side of a diff, release by release: every milestone of its files with what the report
 * worked out for it (tier, due date, status), and every task with whether it blocks the release.
 */
import { findField } from '../model/field.js';
import type { Metric, ReportedMilestone, Tier } from '../model/types.js';
import { normalText } from './similarity.js';
import type { Snapshot } from './snapshot.js';

export interface GateState {
  blocked: boolean;
  done: number;
  total: number;
  blockers: number;
}

export interface SideTask {
  file: string;
  line: number;
  column: number;
  text: string;
  /** The text as compared: white space collapsed. */
  norm: string;
  checked: boolean;
  /** Open and holding the release back. */
  blocker: boolean;
  milestone: SideMilestone;
}

export interface SideMilestone {
  file: string;
  title: string;
  /** The H2 it lies in, null above the first: two milestones of one title in one file differ by it. */
  section: string | null;
  line: number;
  tier: Tier;
  priority: string | null;
  status: string | null;
  timeline: string | null;
  due: string | null;
  tasks: SideTask[];
}

export interface SideRelease {
  name: string;
  files: string[];
  judged: boolean;
  gate: GateState;
  milestones: SideMilestone[];
  tasks: SideTask[];
  metrics: Metric[];
}

export function sideReleases(snapshot: Snapshot): SideRelease[] {
  const { report, documents } = snapshot;
  return report.releases.map((release) => {
    const files = new Set(release.files);
    const roadmaps = report.roadmaps.filter((roadmap) => files.has(roadmap.file));
    const reported = new Map<string, ReportedMilestone>();
    for (const roadmap of roadmaps) for (const milestone of roadmap.milestones) reported.set(`${milestone.file}:${milestone.line}`, milestone);
    const blockers = new Set(release.blockers.map((blocker) => `${blocker.file}:${blocker.line}`));
    const milestones: SideMilestone[] = [];
    const tasks: SideTask[] = [];
    for (const document of documents) {
      if (!files.has(document.file)) continue;
      for (const milestone of document.milestones) {
        const found = reported.get(`${document.file}:${milestone.line}`);
        const side: SideMilestone = {
          file: document.file,
          title: milestone.title,
          section: milestone.section,
          line: milestone.line,
          tier: found?.tier ?? 'unprioritized',
          priority: findField(milestone.fields, 'priority')?.value ?? null,
          status: findField(milestone.fields, 'status')?.value ?? null,
          timeline: findField(milestone.fields, 'timeline')?.value ?? null,
          due: found?.due ?? null,
          tasks: [],
        };
        for (const task of milestone.tasks) {
          const entry: SideTask = {
            file: document.file,
            line: task.line,
            column: task.column,
            text: task.text,
            norm: normalText(task.text),
            checked: task.checked,
            blocker: blockers.has(`${document.file}:${task.line}`),
            milestone: side,
          };
          side.tasks.push(entry);
          tasks.push(entry);
        }
        milestones.push(side);
      }
    }
    return {
      name: release.name,
      files: release.files,
      judged: release.judged,
      gate: { blocked: release.blocked, done: release.totals.done, total: release.totals.total, blockers: release.blockers.length },
      milestones,
      tasks,
      metrics: roadmaps.flatMap((roadmap) => roadmap.metrics),
    };
  });
}
