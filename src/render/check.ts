/**
 * The plain output of `roadmap check`: one line per blocking task, `file:line:column  text
 * (milestone, tier)`, then a verdict per release (with --fail-on-overdue, overdue milestones
 * count too). A blocker line is never cut or wrapped (logs, editors and scripts read it whole,
 * DESIGN.md §10); a verdict is wrapped to `context.width` when one is given. It is read in CI
 * logs, so every line is also defused: roadmap text can never start a workflow command there.
 */
import { Chalk } from 'chalk';
import type { RenderContext, Report } from '../model/types.js';
import { defuseLogLine } from './escape-workflow.js';
import { neutralise } from './sanitize.js';
import { blockerLine } from './terminal.js';
import { gateVerdict } from './verdict.js';
import { wrapWidth } from './width.js';

/** Log lines stay uncoloured but for the verdict word: a line that starts with a colour code hides its start from the defusing. */
const UNPAINTED = { dim: (text: string) => text };

/** Blockers, then verdicts, as `check` prints them when nothing comes between. */
export function renderCheck(report: Report, context: RenderContext): string {
  const { blockers, verdicts } = renderCheckParts(report, context);
  return blockers === '' ? verdicts : `${blockers}\n${verdicts}`;
}

/** The two parts apart: `check` prints its warnings between them, so that the verdict is last. */
export function renderCheckParts(report: Report, context: RenderContext): { blockers: string; verdicts: string } {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const width = context.width ?? Number.POSITIVE_INFINITY;
  const blockers = report.roadmaps.flatMap((roadmap) => roadmap.blockers.map((blocker) => defuseLogLine(blockerLine(blocker, Number.POSITIVE_INFINITY, UNPAINTED))));
  const verdicts: string[] = [];
  for (const release of report.releases) {
    const { word, detail } = gateVerdict(report, release, context);
    const lines = wrapWidth(`${word}  ${neutralise(release.name)}: ${detail}`, width, ' '.repeat(word.length + 2)).map(defuseLogLine);
    // The line starts with the verdict word, which is ours: colour it last.
    lines[0] = `${word === 'CLEAR' ? c.green.bold(word) : c.red.bold(word)}${lines[0]!.slice(word.length)}`;
    verdicts.push(...lines);
  }
  return { blockers: blockers.join('\n'), verdicts: verdicts.join('\n') };
}
