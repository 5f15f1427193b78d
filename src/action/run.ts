/**
 * The Action, given the process as an Io: its inputs read and checked, then its steps (runs.ts).
 * Annotations and the job summary are the CLI's own, written under GITHUB_ACTIONS=true.
 */
import { type Io, underActions } from '../cli/io.js';
import { ExitCode } from '../cli/exit-code.js';
import { isUserError } from '../errors.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { runSteps } from './runs.js';

export async function runAction(io: Io): Promise<ExitCode> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(io.env, io.cwd);
  } catch (error) {
    if (!isUserError(error)) throw error;
    // The message quotes the input, which is the workflow author's text: defused like any line.
    underActions(io).stderr(`roadmap: ${error.message}\n`);
    return ExitCode.Failed;
  }
  return runSteps(inputs, io);
}
