/** Options every command shares, and how they resolve against the environment. */
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { isIsoDate } from '../report/calendar.js';
import { terminalWidth } from '../render/width.js';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_PARSE_TIMEOUT_MS } from '../engine/index.js';
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

export { DEFAULT_MAX_FILE_SIZE, DEFAULT_PARSE_TIMEOUT_MS };

export function addSharedOptions(command: Command): Command {
  return command
    .option('--json', 'print the JSON report (schemaVersion 1)')
    .option('--today <date>', 'the date to judge due dates by, YYYY-MM-DD (default: $ROADMAP_TODAY, else today)')
    .option('--config <file>', 'configuration file (default: roadmap.config.json)')
    .option('--cwd <dir>', 'working directory: paths, config and output are relative to it')
    .option('--no-color', 'never colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--verbose', 'list every open task, not only blockers')
    // Every run parses its files afresh; the cache options of earlier versions are still accepted
    // so that scripts using them keep working.
    .addOption(new Option('--no-cache', 'accepted for compatibility: nothing is cached').hideHelp())
    .addOption(new Option('--cache-location <dir>', 'accepted for compatibility: nothing is cached').argParser(nonEmpty).hideHelp())
    .addOption(
      new Option('--max-file-size <bytes>', 'refuse files larger than this').argParser(positiveInteger('bytes', MAX_FILE_SIZE_LIMIT)).default(DEFAULT_MAX_FILE_SIZE, '5 MiB'),
    )
    .addOption(
      new Option('--parse-timeout <ms>', 'give up on a file whose parsing takes longer than this')
        .argParser(positiveInteger('milliseconds', MAX_PARSE_TIMEOUT_MS))
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

/** The columns a terminal view is laid out in: the terminal's, else `COLUMNS`, else 80. */
export function resolveWidth(io: Io): number {
  return terminalWidth(io.columns, io.env);
}

/**
 * The width `check`'s verdict is wrapped to: a terminal's, or `COLUMNS` when set; in a CI log or
 * a pipe, none. Findings (`file:line:column  …`) are never cut or wrapped.
 */
export function lineWidth(io: Io): number | undefined {
  return io.columns === undefined && !io.env.COLUMNS ? undefined : resolveWidth(io);
}

function nonEmpty(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a folder, not an empty string');
  return value;
}

/** The longest budget a timer can keep (2^31 - 1 ms, about 24.8 days). */
export const MAX_PARSE_TIMEOUT_MS = 2 ** 31 - 1;
/** The largest file that can be held as one string. */
export const MAX_FILE_SIZE_LIMIT = 2 ** 29;

/** An option parser for a whole number of `unit` from 1 to `max`. */
export function positiveInteger(unit: string, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number <= 0 || number > max) {
      throw new InvalidArgumentError(`expected a whole number of ${unit} from 1 to ${max}`);
    }
    return number;
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
