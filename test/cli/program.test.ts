/**
 * buildProgram leaves out every command but the one the arguments name (a start-up saving); what
 * any run prints, and how it ends, is the same as with every command defined.
 */
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-code.js';
import { buildProgram } from '../../src/cli/program.js';
import { seedProject } from '../helpers/fixtures.js';
import { fakeIo } from '../helpers/io.js';

async function parse(cwd: string, argv: string[], named: boolean) {
  const io = fakeIo(cwd);
  const run = { exitCode: ExitCode.Ok };
  let error = '';
  try {
    await buildProgram(io, run, named ? argv : []).parseAsync(argv, { from: 'user' });
  } catch (thrown) {
    error = thrown instanceof CommanderError ? `${thrown.code} ${thrown.exitCode}` : String(thrown);
  }
  return { out: io.out(), err: io.err(), exitCode: run.exitCode, error };
}

const COMMANDS = ['status', 'check', 'report', 'lint', 'history', 'diff', 'init'];

describe('the program, given the command to run', () => {
  it('defines that command alone', () => {
    const io = fakeIo('.');
    expect(buildProgram(io, { exitCode: ExitCode.Ok }, ['check', '--json']).commands.map((c) => c.name())).toEqual(['check']);
    expect(buildProgram(io, { exitCode: ExitCode.Ok }, ['--help']).commands.map((c) => c.name())).toEqual(COMMANDS);
    expect(buildProgram(io, { exitCode: ExitCode.Ok }, ['chek']).commands.map((c) => c.name())).toEqual(COMMANDS);
  });

  it('prints and ends as the whole program does', async () => {
    const seed = seedProject();
    const runs = [
      ...COMMANDS.flatMap((command) => [[command, '--help'], [command, '--bogus'], [command, '-V']]),
      ['check'],
      ['check', '--json', '--verbose'],
      ['status', '--json'],
      ['check', '--fail-on', 'nope'],
      ['report', '--window', '0'],
      ['diff'],
      ['help', 'check'],
      ['--help'],
      ['-V'],
      ['chek'],
      [],
    ];
    for (const argv of runs) expect(await parse(seed, argv, true), argv.join(' ')).toEqual(await parse(seed, argv, false));
  });
});
