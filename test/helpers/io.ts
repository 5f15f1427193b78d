/** An in-memory Io: captures stdout and stderr, with a fixed cwd and environment. */
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface FakeIo extends Io {
  out: () => string;
  err: () => string;
}

export function fakeIo(cwd: string, env: Record<string, string | undefined> = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd,
    env: { ROADMAP_TODAY: '2026-11-27', ...env },
    isTTY: false,
    out: () => out,
    err: () => err,
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process: `run(cwd, 'status', '--json')`. */
export async function run(cwd: string, ...argv: string[]): Promise<RunResult> {
  const io = fakeIo(cwd);
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** The same with extra environment variables. */
export async function runWithEnv(cwd: string, env: Record<string, string | undefined>, ...argv: string[]): Promise<RunResult> {
  const io = fakeIo(cwd, env);
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** The CLI as a terminal of `columns` columns runs it: stdout a TTY, so colour is on unless told. */
export async function runInTerminal(
  cwd: string,
  columns: number,
  env: Record<string, string | undefined>,
  ...argv: string[]
): Promise<RunResult> {
  const io = { ...fakeIo(cwd, env), isTTY: true, columns };
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
