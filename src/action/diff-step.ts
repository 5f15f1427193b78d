/**
 * The Action's second step, on pull requests: `roadmap diff` from the pull request's base to the
 * checked-out commit (the pull request merged into its base), as markdown appended to the job summary and,
 * when `diff-file` names one, written there for a comment step. A base the clone does not hold
 * (actions/checkout fetches one commit by default) is a warning with the fix, not a failure: the
 * gate itself has already run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendStepSummary } from '../cli/step-summary.js';
import { ExitCode } from '../cli/exit-code.js';
import { type Io, underActions } from '../cli/io.js';
import { main } from '../cli/main.js';
import { isUserError } from '../errors.js';
import { readBounded } from '../load/bounded.js';
import { openRepository, resolveCommit } from '../load/git.js';
import { workflowCommand } from '../render/escape-workflow.js';
import { neutralise } from '../render/sanitize.js';
import { STEP_SUMMARY_LIMIT } from '../render/step-summary.js';
import type { ActionInputs } from './inputs.js';
import { pullRequestBase } from './pull-request.js';

export async function pullRequestDiff(inputs: ActionInputs, io: Io): Promise<ExitCode> {
  const found = pullRequestBase(io.env);
  if ('none' in found) return ExitCode.Ok;
  if ('unreadable' in found) return warn(io, `cannot tell what the pull request changes: ${found.unreadable}`);
  const short = found.base.slice(0, 7);
  const missing = await baseMissing(inputs.workingDirectory, found.base);
  if (missing !== null) return warn(io, `${missing} (the pull request's base, ${short}): check out with fetch-depth: 0 to see what it does to the roadmap`);

  // Without diff-file, the markdown is written where the runner keeps a job's scratch files.
  const scratch = inputs.diffFile === undefined ? mkdtempSync(join(io.env.RUNNER_TEMP || tmpdir(), 'roadmap-diff-')) : null;
  const file = inputs.diffFile ?? join(scratch!, 'roadmap-diff.md');
  try {
    const code = await main(diffArgv(inputs, found.base, file), io);
    if (code === ExitCode.Failed) return code;
    const summary = io.env.GITHUB_STEP_SUMMARY;
    const places = [...(summary && appendDiff(summary, file, io) ? ['the job summary'] : []), ...(inputs.diffFile ? [neutralise(inputs.diffFile)] : [])];
    if (places.length > 0) underActions(io).stdout(`roadmap diff: what the pull request does to the roadmap, from ${short}, is in ${places.join(' and in ')}\n`);
    return code;
  } finally {
    if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `roadmap diff <base> --markdown -o FILE`, with the check step's gate and paths. It never fails
 * the job for a new blocker: a pull request that adds one leaves its release blocked, and the
 * gate has failed already.
 */
export function diffArgv(inputs: ActionInputs, base: string, file: string): string[] {
  return [
    'diff',
    base,
    // The checked-out commit (the pull request merged into its base), not the work tree: the
    // markdown names it, and its lines link to it. An earlier step's edits are not the pull request's.
    'HEAD',
    '--cwd',
    inputs.workingDirectory,
    '--markdown',
    '-o',
    file,
    ...(inputs.failOn ? ['--fail-on', inputs.failOn] : []),
    // --paths takes every argument after it; a path that starts with a dash is the same path as ./-…
    ...(inputs.paths.length > 0 ? ['--paths', ...inputs.paths.map((path) => (path.startsWith('-') ? `./${path}` : path))] : []),
  ];
}

/** Why the base cannot be compared with, or null when the clone holds it. */
async function baseMissing(cwd: string, base: string): Promise<string | null> {
  try {
    const repository = await openRepository(cwd);
    return (await resolveCommit(repository, base)) === null ? 'this clone does not hold the commit' : null;
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
}

/** Whether the diff (or, when it cannot fit, a line saying so) went into the job summary. */
function appendDiff(summary: string, file: string, io: Io): boolean {
  const read = readBounded(file, { maxBytes: STEP_SUMMARY_LIMIT });
  const markdown = 'bytes' in read ? read.bytes.toString('utf8') : '';
  const fitted = appendStepSummary(summary, (maxBytes) =>
    markdown !== '' && Buffer.byteLength(markdown) <= maxBytes ? markdown : '**Roadmap changes**: too large for the job summary.',
  );
  if (!fitted) underActions(io).stderr('roadmap: the job summary is full: the roadmap diff is left out of it\n');
  return fitted;
}

/** A warning annotation under Actions (its text escaped), else a line on stderr; the job goes on. */
function warn(io: Io, message: string): ExitCode {
  const shown = underActions(io);
  if (shown.commands) shown.commands.stdout(`${workflowCommand('warning', { title: 'roadmap diff' }, neutralise(message))}\n`);
  else shown.stderr(`roadmap: warning: ${neutralise(message)}\n`);
  return ExitCode.Ok;
}
