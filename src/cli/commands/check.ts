/**
 * `roadmap check`: the CI gate. Exit 0 when no release is blocked, 1 when one is (or, with
 * --fail-on-overdue, when a milestone is overdue), 2 when it cannot judge. Overdue milestones and
 * stale reviews are warnings on stderr. Under GitHub Actions it also annotates each blocker and
 * warning and appends a job summary.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isFatal } from '../../model/fatal.js';
import type { RenderContext } from '../../model/types.js';
import { renderCheckParts } from '../../render/check.js';
import { loadWidthTables } from '../../render/width.js';
import { defuseLog } from '../../render/escape-workflow.js';
import { renderGithub } from '../../render/github.js';
import { renderJson } from '../../render/json.js';
import { timeWarnings } from '../../render/time-warnings.js';
import { overdueMilestones } from '../../report/due.js';
import { formatDiagnostics } from '../diagnostics.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { lineWidth, resolveColor } from '../options.js';
import { runEngine } from '../run.js';
import type { CheckOptions } from './check-options.js';

export { type CheckOptions, failOnOption } from './check-options.js';

export async function checkCommand(paths: string[], options: CheckOptions, io: Io): Promise<ExitCode> {
  const failOn = options.failOn;
  const { cwd, report } = await runEngine(paths, options, io, { adjust: (settings) => (failOn ? { ...settings, failOn } : settings) });
  const onGithub = io.env.GITHUB_ACTIONS === 'true';
  const context: RenderContext = {
    color: resolveColor(options, io),
    width: lineWidth(io),
    verbose: options.verbose ?? false,
    pathPrefix: workspacePrefix(cwd, io.env.GITHUB_WORKSPACE),
    failOnOverdue: options.failOnOverdue ?? false,
    github: io.env,
  };
  const annotations = onGithub ? renderGithub(report, context) : '';
  // Annotations are the one output meant as workflow commands: written past the defusing writer.
  const commands = io.commands ?? io;

  if (options.json) {
    io.stdout(`${renderJson(report)}\n`);
    io.stderr(defuseLog(formatDiagnostics(report.diagnostics.filter(isFatal))));
    // The runner reads workflow commands on stderr too; stdout stays one JSON document.
    if (annotations !== '') commands.stderr(`${annotations}\n`);
  } else {
    // Blockers, then warnings, then the verdict: in a terminal the last line is the answer.
    if (context.width !== undefined) await loadWidthTables(report);
    const { blockers, verdicts } = renderCheckParts(report, context);
    if (blockers !== '') io.stdout(`${blockers}\n`);
    io.stderr(defuseLog(formatDiagnostics([...report.diagnostics, ...timeWarnings(report)])));
    io.stdout(`${verdicts}\n`);
    if (annotations !== '') commands.stdout(`${annotations}\n`);
  }

  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    // unified and remark build the summary: loaded only in a job that asks for one.
    const [{ appendStepSummary }, { renderStepSummary }] = await Promise.all([
      import('../step-summary.js'),
      import('../../render/step-summary.js'),
    ]);
    const added = appendStepSummary(resolve(io.cwd, summaryFile), (maxBytes) => renderStepSummary(report, { ...context, maxBytes }));
    if (!added) io.stderr('roadmap: the job summary ($GITHUB_STEP_SUMMARY) is full (1 MiB): nothing added to it\n');
  }

  if (report.diagnostics.some(isFatal)) return ExitCode.Failed;
  if (report.blocked) return ExitCode.Found;
  return context.failOnOverdue && overdueMilestones(report).length > 0 ? ExitCode.Found : ExitCode.Ok;
}

/** Where the working directory lies in the checked-out repository ('' at its root or outside it). */
function workspacePrefix(cwd: string, workspace: string | undefined): string {
  if (!workspace) return '';
  const path = relative(resolve(workspace), cwd);
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return '';
  return path.split(sep).join('/');
}
