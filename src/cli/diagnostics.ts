/** Diagnostics as lines for stderr: `file:line:column  severity  message  (rule)`. */
import type { Diagnostic } from '../model/types.js';
import { neutralise } from '../render/sanitize.js';
import type { TimeWarning } from '../render/time-warnings.js';
import { wrapWidth } from '../render/width.js';

export function formatDiagnostic(diagnostic: Diagnostic | TimeWarning): string {
  const where = `${neutralise(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`;
  return `${where}  ${diagnostic.severity}  ${neutralise(diagnostic.message)}  (${diagnostic.rule})`;
}

/** One line each; given a width, each is wrapped to it, its later lines indented. */
export function formatDiagnostics(diagnostics: ReadonlyArray<Diagnostic | TimeWarning>, width?: number): string {
  if (width === undefined) return diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
  return diagnostics.map((d) => `${wrapWidth(formatDiagnostic(d), width, '    ').join('\n')}\n`).join('');
}
