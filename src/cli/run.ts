/** The shared options of a reading command → an engine request, and its run. */
import { run, type RunRequest, type RunResult } from '../engine/index.js';
import type { Io } from './io.js';
import { resolveToday, type SharedOptions, workingDirectory } from './options.js';

export type { RunResult };

export function runEngine(
  paths: readonly string[],
  options: SharedOptions,
  io: Io,
  extra: Pick<RunRequest, 'adjust' | 'skip'> = {},
): Promise<RunResult> {
  return run({
    cwd: workingDirectory(options, io),
    paths,
    config: options.config,
    today: resolveToday(options, io),
    maxFileSize: options.maxFileSize,
    parseTimeoutMs: options.parseTimeout,
    ...extra,
  });
}
