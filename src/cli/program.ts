/**
 * The commander definition. Every command is one file under commands/; this file wires them,
 * routes commander's own output through Io, and turns its exits into exit codes.
 */
import { Command } from 'commander';
import { neutraliseLines } from '../render/sanitize.js';
import { VERSION } from '../version.js';
import { statusCommand } from './commands/status.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { addSharedOptions, type SharedOptions } from './options.js';

/** Set by the action that ran; commander's own exits are mapped in main. */
export interface ProgramRun {
  exitCode: ExitCode;
}

export function buildProgram(io: Io, run: ProgramRun): Command {
  const program = new Command('roadmap')
    .description('Progress per priority tier and a release gate, from markdown roadmaps.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      // Usage errors quote the arguments given, which may carry escape sequences.
      writeErr: (text) => io.stderr(neutraliseLines(text)),
    });

  addSharedOptions(
    program.command('status').description('progress per tier, milestones, and what blocks each release'),
  )
    .argument('[paths...]', 'files, directories or globs (default: roadmap/**/*.md)')
    .action(async (paths: string[], options: SharedOptions) => {
      run.exitCode = await statusCommand(paths, options, io);
    });

  return program;
}
