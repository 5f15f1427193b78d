/**
 * The commander definition. Every command is one file under commands/; this file wires them,
 * routes commander's own output through Io, and turns its exits into exit codes. `status` and
 * `check`, the commands run most (`check` on every CI run), are loaded with the program: a second
 * dynamic import would cost its own round of module loading, and their code is small beside what
 * they share. Every other command's module is loaded when it runs.
 */
import { Command, Option } from 'commander';
import { neutraliseLines } from '../render/sanitize.js';
import { VERSION } from '../version.js';
import { type CheckOptions, failOnOption } from './commands/check-options.js';
import { checkCommand } from './commands/check.js';
import type { InitOptions } from './commands/init.js';
import { statusCommand } from './commands/status.js';
import type { LintOptions } from './commands/lint.js';
import type { ReportOptions } from './commands/report.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { addSharedOptions, positiveInteger, type SharedOptions } from './options.js';
import type { HistoryCommandOptions } from './commands/history.js';
import type { DiffOptions } from './commands/diff.js';

/** Set by the action that ran; commander's own exits are mapped in main. */
export interface ProgramRun {
  exitCode: ExitCode;
}

/** `argv`: the arguments the program will parse; when they start with a command's name, the other
 *  commands are left out. */
export function buildProgram(io: Io, run: ProgramRun, argv: readonly string[] = []): Command {
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

  const commands: Record<string, () => void> = {
    status: () => {
      addSharedOptions(
        program.command('status').description('progress per tier, milestones, and what blocks each release'),
      )
        .argument('[paths...]', 'files, directories or globs (default: roadmap/**/*.md)')
        .action(async (paths: string[], options: SharedOptions) => {
          run.exitCode = await statusCommand(paths, options, io);
        });
    },
    check: () => {
      addSharedOptions(program.command('check').description('the CI gate: exit 1 while a release is blocked, naming each blocking task'))
        .argument('[paths...]', 'files, directories or globs (default: roadmap/**/*.md)')
        .addOption(failOnOption())
        .option('--fail-on-overdue', 'also exit 1 when a milestone is overdue (due before today with tasks open)')
        .action(async (paths: string[], options: CheckOptions) => {
          run.exitCode = await checkCommand(paths, options, io);
        });
    },
    report: () => {
      addSharedOptions(
        program.command('report').description('a markdown progress report: tier and milestone tables, linked blockers'),
      )
        .argument('[paths...]', 'files, directories or globs (default: roadmap/**/*.md)')
        .option('-o, --output <file>', 'write the report to FILE (relative to --cwd); links are relative to its folder')
        .option('--check', 'exit 1 when FILE is missing or not what would be written; never writes')
        .option('--history', 'add a burn-up chart per release and the forecast, replayed from git')
        .addOption(new Option('--window <weeks>', 'with --history: weeks of throughput the forecast is based on').argParser(positiveInteger('weeks', 520)).default(8))
        .action(async (paths: string[], options: ReportOptions) => {
          const { reportCommand } = await import('./commands/report.js');
          run.exitCode = await reportCommand(paths, options, io);
        });
    },
    lint: () => {
      addSharedOptions(program.command('lint').description('structural diagnostics, by stable rule id'))
        .argument('[paths...]', 'files, directories or globs (default: roadmap/**/*.md)')
        .option('--fix', 'repair what is certain (mojibake status markers); every other byte stays as it was')
        .action(async (paths: string[], options: LintOptions) => {
          const { lintCommand } = await import('./commands/lint.js');
          run.exitCode = await lintCommand(paths, options, io);
        });
    },
    history: () => {
      addSharedOptions(program.command('history').description('the roadmap replayed through git: a burn-up per release, and when each will land'))
        .argument('[paths...]', 'files, directories or globs (default: roadmap/**/*.md), as they are at HEAD')
        .option('--since <date|ref>', 'only points from this day (YYYY-MM-DD) or after this commit')
        .option('--until <date|ref>', 'only points up to this day or commit')
        .addOption(
          new Option('--window <weeks>', 'weeks of throughput the forecast is based on').argParser(positiveInteger('weeks', 520)).default(8),
        )
        .action(async (paths: string[], options: HistoryCommandOptions) => {
          const { historyCommand } = await import('./commands/history.js');
          run.exitCode = await historyCommand(paths, options, io);
        });
    },
    diff: () => {
      addSharedOptions(program.command('diff').description('what a change does to the roadmap: tasks, milestones and the gate, before and after'))
        .argument('<base>', 'the revision to compare from (a branch, tag or commit; base...head compares from where they parted)')
        .argument('[head]', 'the revision to compare to (default: the work tree)')
        .option('--markdown', 'print markdown, for a pull request comment or a job summary')
        .option('-o, --output <file>', 'write to FILE (relative to --cwd) instead of stdout')
        .option('--fail-on-new-blockers', 'exit 1 when the change adds an open blocker or reopens one')
        .addOption(failOnOption())
        .option('--paths <paths...>', 'files, directories or globs (default: roadmap/**/*.md)')
        .action(async (base: string, head: string | undefined, options: DiffOptions) => {
          const { diffCommand } = await import('./commands/diff.js');
          run.exitCode = await diffCommand(base, head, options.paths ?? [], options, io);
        });
    },
    init: () => {
      program
        .command('init')
        .description('scaffold ./roadmap with a starter file (never overwrites)')
        .option('--cwd <dir>', 'the folder to create roadmap/ in')
        .option('--today <date>', 'the date to put in the starter file, YYYY-MM-DD (default: $ROADMAP_TODAY, else today)')
        .action(async (options: InitOptions) => {
          const { initCommand } = await import('./commands/init.js');
          run.exitCode = await initCommand(options, io);
        });
    },
  };
  // Commander runs the command named by the first argument. When it names one, that one alone is
  // defined: the others' options cost milliseconds of every start and play no part in its run.
  const named = argv[0];
  if (named !== undefined && Object.hasOwn(commands, named)) commands[named]!();
  else for (const define of Object.values(commands)) define();

  return program;
}
