/** `roadmap status`: where do we stand, and what blocks the release? */
import { isFatal } from '../../model/fatal.js';
import { renderJson } from '../../render/json.js';
import { renderTerminal } from '../../render/terminal.js';
import { loadWidthTables } from '../../render/width.js';
import { formatDiagnostics } from '../diagnostics.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveColor, resolveWidth, type SharedOptions } from '../options.js';
import { runEngine } from '../run.js';

export async function statusCommand(paths: string[], options: SharedOptions, io: Io): Promise<ExitCode> {
  const { report } = await runEngine(paths, options, io);
  if (options.json) {
    writeLine(io, renderJson(report));
    io.stderr(formatDiagnostics(report.diagnostics.filter(isFatal)));
  } else {
    await loadWidthTables(report);
    writeLine(io, renderTerminal(report, { color: resolveColor(options, io), verbose: options.verbose ?? false, width: resolveWidth(io) }));
    io.stderr(formatDiagnostics(report.diagnostics));
  }
  return report.diagnostics.some(isFatal) ? ExitCode.Failed : ExitCode.Ok;
}

/** The newline is written apart: added to the text, it would make a copy of megabytes of it. */
function writeLine(io: Io, text: string): void {
  io.stdout(text);
  io.stdout('\n');
}
