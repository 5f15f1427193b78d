/**
 * The commander definition. Every command is one file under commands/; this file wires them,
 * routes commander's own output through Io, and turns its exits into exit codes.
 */
import { Command } from 'commander';
import { VERSION } from '../version.js';
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
      writeErr: (text) => io.stderr(text),
    });

  addSharedOptions(
    program.command('status').description('progress per tier, milestones, and what blocks each release'),
  )
    .argument('[paths...]', 'files, directories or globs (default: roadmap/**/*.md)')
    .action(async (paths: string[], options: SharedOptions) => {
      // Each command is loaded when it runs: start-up reads no code the command does not use.
      const { statusCommand } = await import('./commands/status.js');
      run.exitCode = await statusCommand(paths, options, io);
    });

  return program;
}
