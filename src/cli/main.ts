/**
 * main(argv, io) → exit code. The one boundary where errors become exit codes: a user's mistake
 * is one line on stderr; anything else is a bug, printed with its stack. Both exit 2 — never 1,
 * which means "blocked".
 */
import { CommanderError } from 'commander';
import { isUserError } from '../errors.js';
import { neutralise, neutraliseLines } from '../render/sanitize.js';
import { ExitCode } from './exit-code.js';
import { type Io, underActions } from './io.js';
import { buildProgram, type ProgramRun } from './program.js';

export async function main(argv: readonly string[], given: Io): Promise<ExitCode> {
  const io = underActions(given);
  const run: ProgramRun = { exitCode: ExitCode.Ok };
  try {
    await buildProgram(io, run, argv).parseAsync([...argv], { from: 'user' });
    return run.exitCode;
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

function exitCodeOf(error: unknown, io: Io): ExitCode {
  if (error instanceof CommanderError) {
    // Help and version exit 0; commander has already printed its message for usage errors.
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Failed;
  }
  // Messages quote paths, config keys and values, which may carry escape sequences.
  if (isUserError(error)) {
    try {
      io.stderr(`roadmap: ${neutralise(error.message)}\n`);
    } catch {
      // stderr cannot be written either: the exit code is all that is left to say it.
    }
    return ExitCode.Failed;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`roadmap: internal error — please report it with the input that caused it\n${neutraliseLines(stack)}\n`);
  return ExitCode.Failed;
}
