/** Diagnostics as lines for stderr: `file:line:column  severity  message  (rule)`. */
import type { Diagnostic } from '../model/types.js';
import { neutralise } from '../render/sanitize.js';
import type { TimeWarning } from '../render/time-warnings.js';

export function formatDiagnostic(diagnostic: Diagnostic | TimeWarning): string {
  const where = `${neutralise(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`;
  return `${where}  ${diagnostic.severity}  ${neutralise(diagnostic.message)}  (${diagnostic.rule})`;
}

/** One line each, never cut or wrapped: logs, editors and scripts read them whole. */
export function formatDiagnostics(diagnostics: ReadonlyArray<Diagnostic | TimeWarning>): string {
  return diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
}
