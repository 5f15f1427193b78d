/** Options every command shares, and how they resolve against the environment. */
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { isIsoDate } from '../report/calendar.js';
import type { Io } from './io.js';

export interface SharedOptions {
  json?: boolean;
  today?: string;
  config?: string;
  cwd?: string;
  color?: boolean;
  verbose?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  maxFileSize?: number;
  parseTimeout?: number;
}

export { isIsoDate };

export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

/** --max-file-size when none is given: 5 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export function addSharedOptions(command: Command): Command {
  return command
    .option('--json', 'print the JSON report (schemaVersion 1)')
    .option('--today <date>', 'the date to judge due dates by, YYYY-MM-DD (default: $ROADMAP_TODAY, else today)')
    .option('--config <file>', 'configuration file (default: roadmap.config.json)')
    .option('--cwd <dir>', 'working directory: paths, config and output are relative to it')
    .option('--no-color', 'never colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--verbose', 'list every open task, not only blockers')
    .option('--no-cache', 'do not read or write the parse cache')
    .option('--cache-location <dir>', 'where the parse cache lives (default: node_modules/.cache/roadmap)')
    .addOption(
      new Option('--max-file-size <bytes>', 'refuse files larger than this').argParser(positiveInteger('bytes')).default(DEFAULT_MAX_FILE_SIZE, '5 MiB'),
    )
    .addOption(
      new Option('--parse-timeout <ms>', 'give up on a file whose parsing takes longer than this')
        .argParser(positiveInteger('milliseconds'))
        .default(DEFAULT_PARSE_TIMEOUT_MS),
    );
}

/** The directory everything is relative to. */
export function workingDirectory(options: SharedOptions, io: Io): string {
  return options.cwd ? resolve(io.cwd, options.cwd) : io.cwd;
}

/** Today as `YYYY-MM-DD`: --today, else ROADMAP_TODAY, else the local date. */
export function resolveToday(options: SharedOptions, io: Io, now: () => Date = () => new Date()): string {
  const given = options.today ?? io.env.ROADMAP_TODAY;
  if (given === undefined || given === '') {
    const date = now();
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  if (!isIsoDate(given)) {
    const source = options.today !== undefined ? '--today' : 'ROADMAP_TODAY';
    throw new UsageError(`${source} must be a date written YYYY-MM-DD, not "${given}"`);
  }
  return given;
}

/** Colour: --no-color, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function resolveColor(options: SharedOptions, io: Io): boolean {
  if (options.color === false) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}

/** An option parser for a positive whole number of `unit`. */
function positiveInteger(unit: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number <= 0) {
      throw new InvalidArgumentError(`expected a positive whole number of ${unit}`);
    }
    return number;
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
