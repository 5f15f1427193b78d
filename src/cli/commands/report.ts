/**
 * `roadmap report`: the markdown progress report, to stdout or written to -o FILE, and
 * `--check` to tell whether FILE is current. A report is written only after the whole run has
 * succeeded, and atomically: a failed run leaves an existing report as it was.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { isFatal } from '../../model/fatal.js';
import type { RenderContext } from '../../model/types.js';
import { readBounded } from '../../load/bounded.js';
import { REPORT_TITLE, renderMarkdown } from '../../render/markdown.js';
import { neutralise } from '../../render/sanitize.js';
import { formatDiagnostics } from '../diagnostics.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { type SharedOptions, workingDirectory } from '../options.js';
import { runEngine } from '../run.js';
import { writeOutput } from '../write-file.js';

export interface ReportOptions extends SharedOptions {
  output?: string;
  check?: boolean;
  /** Add the burn-up and forecast replayed from git. */
  history?: boolean;
  window?: number;
}

export async function reportCommand(paths: string[], options: ReportOptions, io: Io): Promise<ExitCode> {
  if (options.json) throw new UsageError('report writes markdown; for JSON use roadmap status --json');
  if (options.check && options.output === undefined) {
    throw new UsageError('--check needs -o FILE, the report to compare with');
  }
  const cwd = workingDirectory(options, io);
  const target = options.output === undefined ? undefined : resolve(cwd, options.output);
  // The report never reads itself: written into roadmap/, it would otherwise become an input.
  const own = target === undefined ? undefined : toPosix(relative(cwd, target));
  // `-o roadmap/vnext.md` must not replace a roadmap: a file among the inputs is overwritten only
  // when it is a report already (one written there before).
  const skip = (path: string) => {
    if (path !== own) return false;
    if (!options.check && !isReport(target!)) {
      throw new InputError(`${neutralise(options.output ?? '')}: is one of the roadmap files read, not a report; writing the report there would replace it`);
    }
    return true;
  };
  const { report } = await runEngine(paths, options, io, { skip });

  const fatal = report.diagnostics.filter(isFatal);
  if (fatal.length > 0) {
    io.stderr(formatDiagnostics(fatal));
    return ExitCode.Failed;
  }
  const context: RenderContext = { color: false, verbose: options.verbose ?? false };
  if (options.history) {
    // git and the replay are loaded only for a report that asks for them.
    const { readHistory } = await import('./history.js');
    context.history = await readHistory(paths, options, io);
  }
  if (target !== undefined) context.links = { cwd, reportDir: dirname(target) };
  const markdown = `${renderMarkdown(report, context)}\n`;

  if (target === undefined) {
    io.stdout(markdown);
    io.stderr(formatDiagnostics(report.diagnostics));
    return ExitCode.Ok;
  }
  const shown = neutralise(options.output ?? '');
  if (options.check) return check(target, shown, markdown, io);
  await writeOutput(target, shown, markdown, 'the report');
  io.stderr(formatDiagnostics(report.diagnostics));
  io.stderr(`roadmap: wrote ${shown}\n`);
  return ExitCode.Ok;
}

/** Compares FILE with what would be written, byte for byte; never writes. */
function check(target: string, shown: string, markdown: string, io: Io): ExitCode {
  const expected = Buffer.from(markdown, 'utf8');
  // A file of another size is out of date unread, so no read is larger than the report itself.
  const current = readBounded(target, { maxBytes: expected.length });
  if ('missing' in current) {
    io.stderr(`roadmap: ${shown} is missing; run the same command without --check to write it\n`);
    return ExitCode.Found;
  }
  if ('refused' in current && current.code !== 'EFBIG') throw new InputError(`${shown}: ${current.refused}`);
  if ('refused' in current || !current.bytes.equals(expected)) {
    io.stderr(`roadmap: ${shown} is out of date; run the same command without --check to update it\n`);
    return ExitCode.Found;
  }
  io.stderr(`roadmap: ${shown} is up to date\n`);
  return ExitCode.Ok;
}

const REPORT_START = Buffer.from(`# ${REPORT_TITLE}\n`);

function isReport(target: string): boolean {
  const read = readBounded(target, { maxBytes: 64 * 1024 * 1024, noFollow: true });
  return 'bytes' in read && read.bytes.subarray(0, REPORT_START.length).equals(REPORT_START);
}

function toPosix(path: string): string {
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}
