/**
 * The Action's steps, each one or more calls of the CLI's `main` in this process, in order: the
 * gate (`roadmap check`), then on pull requests what the pull request does to the roadmap
 * (`roadmap diff`). The job's exit code is the worst of them: could not judge (2) over blocked
 * (1) over clear (0).
 */
import { ExitCode } from '../cli/exit-code.js';
import type { Io } from '../cli/io.js';
import { main } from '../cli/main.js';
import { pullRequestDiff } from './diff-step.js';
import type { ActionInputs } from './inputs.js';

export async function runSteps(inputs: ActionInputs, io: Io): Promise<ExitCode> {
  const gate = await main(checkArgv(inputs), io);
  const diff = inputs.diff ? await pullRequestDiff(inputs, io) : ExitCode.Ok;
  return Math.max(gate, diff) as ExitCode;
}

/** `roadmap check`, with the paths after `--` so that none is ever read as an option. */
export function checkArgv(inputs: ActionInputs): string[] {
  return [
    'check',
    '--cwd',
    inputs.workingDirectory,
    ...(inputs.failOn ? ['--fail-on', inputs.failOn] : []),
    ...(inputs.failOnOverdue ? ['--fail-on-overdue'] : []),
    '--',
    ...inputs.paths,
  ];
}
