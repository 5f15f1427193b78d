/**
 * The plain output of `roadmap check`: one line per blocking task, `file:line:column  text
 * (milestone, tier)`, then a verdict per release (with --fail-on-overdue, overdue milestones
 * count too). It is read in CI logs, so every line is also defused: roadmap text can never start
 * a workflow command there.
 */
import { Chalk } from 'chalk';
import type { Blocker, RenderContext, Report } from '../model/types.js';
import { defuseLogLine } from './escape-workflow.js';
import { neutralise } from './sanitize.js';
import { gateVerdict } from './verdict.js';

export function renderCheck(report: Report, context: RenderContext): string {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const lines = report.roadmaps.flatMap((roadmap) => roadmap.blockers.map(blockerLine));
  for (const release of report.releases) {
    const { word, detail } = gateVerdict(report, release, context);
    const line = defuseLogLine(`${word}  ${neutralise(release.name)}: ${detail}`);
    // The line starts with the verdict word, which is ours: colour it last.
    lines.push(`${word === 'CLEAR' ? c.green.bold(word) : c.red.bold(word)}${line.slice(word.length)}`);
  }
  return lines.join('\n');
}

export function blockerLine(blocker: Blocker): string {
  const where = `${neutralise(blocker.file)}:${blocker.line}:${blocker.column}`;
  return defuseLogLine(`${where}  ${neutralise(blocker.text)}  (${neutralise(blocker.milestone)}, ${blocker.tier})`);
}
