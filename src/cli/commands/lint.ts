/** `roadmap lint`: structural diagnostics, by stable rule id; `--fix` repairs mojibake markers. */
import { lintReport, referencedFiles } from '../../lint/index.js';
import { existingPaths } from '../../load/exists.js';
import { isFatal } from '../../model/fatal.js';
import type { Report } from '../../model/types.js';
import { renderJson } from '../../render/json.js';
import { buildVocabulary } from '../../report/vocabulary.js';
import { formatDiagnostics } from '../diagnostics.js';
import { ExitCode } from '../exit-code.js';
import { fixFiles } from '../fix.js';
import type { Io } from '../io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../engine/index.js';
import type { SharedOptions } from '../options.js';
import { runEngine, type RunResult } from '../run.js';

export interface LintOptions extends SharedOptions {
  fix?: boolean;
}

export async function lintCommand(paths: string[], options: LintOptions, io: Io): Promise<ExitCode> {
  let pipeline = await runEngine(paths, options, io);
  let unwritten = 0;
  if (options.fix) {
    // With --json, stdout is the document alone; what was fixed goes to stderr.
    const say = (line: string) => (options.json ? io.stderr : io.stdout)(`${line}\n`);
    const fixed = await fixFiles(pipeline, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, io, say);
    unwritten = fixed.failed;
    // What remains is judged on the files as they now are.
    if (fixed.written > 0) pipeline = await runEngine(paths, options, io);
  }
  const report = await lint(pipeline);
  const diagnostics = report.diagnostics;
  if (options.json) {
    io.stdout(`${renderJson(report)}\n`);
    io.stderr(formatDiagnostics(diagnostics.filter(isFatal)));
  } else {
    io.stdout(formatDiagnostics(diagnostics) + `${summary(report)}\n`);
  }
  if (unwritten > 0 || diagnostics.some(isFatal)) return ExitCode.Failed;
  return diagnostics.some((d) => d.severity === 'error') ? ExitCode.Found : ExitCode.Ok;
}

/** The report with the lint rules' findings, file existence looked up first. */
async function lint(pipeline: RunResult): Promise<Report> {
  const { cwd, documents, settings, report } = pipeline;
  const existing = await existingPaths(cwd, documents.flatMap(referencedFiles).map((reference) => reference.path));
  return lintReport(report, documents, {
    vocabulary: buildVocabulary(settings),
    exists: (path) => existing.has(path),
  });
}

function summary(report: Report): string {
  const files = plural(report.roadmaps.length, 'file');
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  if (errors + warnings === 0) return `no problems in ${files}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${files}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
