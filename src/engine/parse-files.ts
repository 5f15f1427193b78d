/**
 * Files as loaded → RoadmapDocuments, in order, each parsed in this thread. The parser is linear
 * (markdown-it), so no input is known to run long; --parse-timeout still holds as a promise that
 * a file whose parse took longer than the budget is reported, not judged.
 */
import type { LoadedFile } from '../load/index.js';
import type { RoadmapDocument, Settings } from '../model/types.js';
import { parseRoadmap } from '../parse/document.js';

export interface ParseFilesOptions {
  settings: Pick<Settings, 'milestoneDepth'>;
  /** Per-file budget in milliseconds (--parse-timeout). */
  timeoutMs: number;
  /** The clock, in milliseconds (for tests). */
  now?: () => number;
}

export function parseFiles(files: readonly LoadedFile[], options: ParseFilesOptions): RoadmapDocument[] {
  const now = options.now ?? (() => performance.now());
  return files.map((file) => {
    const started = now();
    const document = parseRoadmap(file, options.settings);
    const took = now() - started;
    if (took <= options.timeoutMs) return document;
    const message = `parsing took ${Math.round(took)} ms, over --parse-timeout (${options.timeoutMs} ms): not judged`;
    return { ...document, diagnostics: [...document.diagnostics, { file: file.path, line: 1, column: 1, severity: 'error', rule: 'parse-limit', message }] };
  });
}
