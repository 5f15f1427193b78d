/**
 * `roadmap check`: the CI gate. Exit 0 when no release is blocked, 1 when one is (or, with
 * --fail-on-overdue, when a milestone is overdue), 2 when it cannot judge. Overdue milestones and
 * stale reviews are warnings on stderr. Under GitHub Actions it also annotates each blocker and
 * warning and appends a job summary.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Option } from 'commander';
import { UsageError } from '../../errors.js';
import { isFatal } from '../../model/fatal.js';
import { TIERS } from '../../model/tier.js';
import type { RenderContext, Tier } from '../../model/types.js';
import { renderCheck } from '../../render/check.js';
import { defuseLog } from '../../render/escape-workflow.js';
import { renderGithub } from '../../render/github.js';
import { renderJson } from '../../render/json.js';
import { neutralise } from '../../render/sanitize.js';
import { renderStepSummary } from '../../render/step-summary.js';
import { timeWarnings } from '../../render/time-warnings.js';
import { overdueMilestones } from '../../report/due.js';
import { formatDiagnostics } from '../diagnostics.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveColor, type SharedOptions } from '../options.js';
import { runPipeline } from '../pipeline.js';
import { appendStepSummary } from '../step-summary.js';

export interface CheckOptions extends SharedOptions {
  failOn?: Tier;
  failOnOverdue?: boolean;
}

/** The levels the gate can be set to; `unprioritized` is not a level anyone asks to fail on. */
const GATE_TIERS: readonly Tier[] = TIERS.filter((tier) => tier !== 'unprioritized');

export function failOnOption(): Option {
  return new Option(
    '--fail-on <tier>',
    `fail on open tasks of this tier or above: ${GATE_TIERS.join(', ')} (default: gate.failOn in the config, else critical)`,
  ).argParser(parseFailOn);
}

function parseFailOn(value: string): Tier {
  const tier = GATE_TIERS.find((candidate) => candidate === value);
  // A UsageError rather than commander's own: one line on stderr, like every other usage error.
  if (tier === undefined) throw new UsageError(`--fail-on must be one of ${GATE_TIERS.join(', ')}, not "${neutralise(value)}"`);
  return tier;
}

export async function checkCommand(paths: string[], options: CheckOptions, io: Io): Promise<ExitCode> {
  const failOn = options.failOn;
  const { cwd, report } = await runPipeline(paths, options, io, (settings) => (failOn ? { ...settings, failOn } : settings));
  const onGithub = io.env.GITHUB_ACTIONS === 'true';
  const context: RenderContext = {
    color: resolveColor(options, io),
    verbose: options.verbose ?? false,
    pathPrefix: workspacePrefix(cwd, io.env.GITHUB_WORKSPACE),
    failOnOverdue: options.failOnOverdue ?? false,
  };
  const annotations = onGithub ? renderGithub(report, context) : '';

  if (options.json) {
    io.stdout(`${renderJson(report)}\n`);
    io.stderr(defuseLog(formatDiagnostics(report.diagnostics.filter(isFatal))));
    // The runner reads workflow commands on stderr too; stdout stays one JSON document.
    if (annotations !== '') io.stderr(`${annotations}\n`);
  } else {
    io.stdout(`${renderCheck(report, context)}\n`);
    io.stderr(defuseLog(formatDiagnostics([...report.diagnostics, ...timeWarnings(report)])));
    if (annotations !== '') io.stdout(`${annotations}\n`);
  }

  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    await appendStepSummary(resolve(io.cwd, summaryFile), (maxBytes) => renderStepSummary(report, { ...context, maxBytes }));
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
