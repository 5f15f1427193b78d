/** Everything the CLI takes from the process, injectable so that tests run in process. */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { defuseLog } from '../render/escape-workflow.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour by default). */
  isTTY: boolean;
  /** The terminal's width in columns, when stdout is one. */
  columns?: number;
  /** The streams as they are, for workflow commands meant as such (`check`'s annotations); set
   *  when `stdout` and `stderr` defuse every line (`underActions`). */
  commands?: Pick<Io, 'stdout' | 'stderr'>;
}

/**
 * Under GitHub Actions the runner reads any line of a step's output that starts with `::`, or holds
 * `##[`, as a command to it. Every command writes through this one writer, so that no heading,
 * task or file name can become one; the only commands are those written to `commands`.
 */
export function underActions(io: Io): Io {
  if (io.env.GITHUB_ACTIONS !== 'true' || io.commands) return io;
  return {
    ...io,
    stdout: (text) => io.stdout(defuseLog(text)),
    stderr: (text) => io.stderr(defuseLog(text)),
    commands: { stdout: io.stdout, stderr: io.stderr },
  };
}

/**
 * The real process. Output is written straight to file descriptors 1 and 2: building
 * process.stdout's stream costs milliseconds of every start, and synchronous writes are
 * complete when the process sets its exit code.
 */
export function nodeIo(): Io {
  const terminal = isTerminal(1);
  return {
    stdout: (text) => writeAll(1, text),
    stderr: (text) => writeAll(2, text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: terminal,
    // process.stdout is built only for a terminal: making the stream costs every other run.
    columns: terminal ? process.stdout.columns : undefined,
  };
}

const load = createRequire(import.meta.url);

/**
 * tty.isatty, asked only where the answer may be yes. node:tty loads node:net, milliseconds of
 * every start; a terminal is a character device, so a pipe, a file or a socket is never one, and
 * neither is /dev/null (output thrown away, as a benchmark or a script does).
 */
function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // No such descriptor, or no /dev/null to compare with: tty decides.
  }
  return (load('node:tty') as typeof import('node:tty')).isatty(fd);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A reader that went away (`roadmap status | head -1`) wants no more.
      if (code === 'EPIPE') return;
      // A non-blocking pipe that is full: wait a moment for the reader.
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
      // A full disk (`>/dev/full`) or a closed descriptor: one line on the other stream, exit 2.
      else throw new InputError(`cannot write to ${fd === 1 ? 'stdout' : 'stderr'} (${code ?? 'error'})`);
    }
  }
}
