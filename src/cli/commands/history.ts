/**
 * `roadmap history`: the roadmap replayed through git — a burn-up per release and when each will
 * land. Not a git work tree, or no git, is one line and exit 2; a shallow clone is said on stderr
 * with the fix, and what history it has is shown.
 */
import { UsageError } from '../../errors.js';
import { DEFAULT_WINDOW_WEEKS } from '../../history/forecast.js';
import { resolveCommit } from '../../load/git.js';
import { buildHistory, type History, type HistoryOptions } from '../../history/index.js';
import { replay } from '../../history/replay.js';
import { renderHistoryTerminal } from '../../render/history-terminal.js';
import { loadWidthTables } from '../../render/width.js';
import { isIsoDate } from '../../report/calendar.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveColor, resolveToday, resolveWidth, type SharedOptions, workingDirectory } from '../options.js';

export interface HistoryCommandOptions extends SharedOptions {
  since?: string;
  until?: string;
  window?: number;
}

export async function historyCommand(paths: string[], options: HistoryCommandOptions, io: Io): Promise<ExitCode> {
  const history = await readHistory(paths, options, io);
  if (options.json) io.stdout(`${JSON.stringify(history, null, 2)}\n`);
  else {
    await loadWidthTables(history);
    io.stdout(`${renderHistoryTerminal(history, { color: resolveColor(options, io), width: resolveWidth(io) })}\n`);
  }
  return ExitCode.Ok;
}

/** The history the options ask for; shared by `report --history`. */
export async function readHistory(paths: readonly string[], options: HistoryCommandOptions, io: Io): Promise<History> {
  const cwd = workingDirectory(options, io);
  const today = resolveToday(options, io);
  const replayed = await replay({ cwd, paths, config: options.config, today, maxFileSize: options.maxFileSize, parseTimeoutMs: options.parseTimeout });
  if (replayed.repository.shallow) {
    io.stderr(
      `roadmap: this is a shallow clone, so history starts at its oldest commit (${replayed.points[0]?.date ?? 'none'}); ` +
        'fetch all of it: actions/checkout with fetch-depth: 0, or git fetch --unshallow\n',
    );
  }
  const bounds: HistoryOptions = { today, window: options.window ?? DEFAULT_WINDOW_WEEKS };
  if (options.since !== undefined) bounds.since = await bound(replayed.repository, options.since, '--since');
  if (options.until !== undefined) bounds.until = await bound(replayed.repository, options.until, '--until');
  return buildHistory(replayed, bounds);
}

/** A date, or a ref whose commit time bounds the range. */
async function bound(repository: Parameters<typeof resolveCommit>[0], value: string, flag: string): Promise<{ date?: string; time?: number }> {
  if (isIsoDate(value)) return { date: value };
  const commit = await resolveCommit(repository, value);
  if (commit === null) throw new UsageError(`${flag} must be a date written YYYY-MM-DD or a commit, not "${value}"`);
  return { time: commit.time };
}
