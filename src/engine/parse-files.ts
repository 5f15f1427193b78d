/**
 * Files as loaded → RoadmapDocuments, in order, each parsed in this thread. The parser is linear
 * (markdown-it), so no input is known to run long; --parse-timeout still holds as a promise that
 * a file whose parse took longer than the budget is reported, not judged.
 */
import type { LoadedFile } from '../load/index.js';
import type { RoadmapDocument, Settings, SourceFile } from '../model/types.js';
import { parseBody } from '../parse/body.js';
import { noFrontMatter, opensFrontMatter } from '../parse/front-matter-result.js';
import type { ParseSettings } from '../parse/read-body.js';

export interface ParseFilesOptions {
  settings: Pick<Settings, 'milestoneDepth'>;
  /** Per-file budget in milliseconds (--parse-timeout). */
  timeoutMs: number;
  /** The clock, in milliseconds (for tests). */
  now?: () => number;
}

export async function parseFiles(files: readonly LoadedFile[], options: ParseFilesOptions): Promise<RoadmapDocument[]> {
  const parse = await parserFor(files);
  const now = options.now ?? monotonicMs;
  return files.map((file) => {
    const started = now();
    const document = parse(file, options.settings);
    const took = now() - started;
    if (took <= options.timeoutMs) return document;
    const message = `parsing took ${Math.round(took)} ms, over --parse-timeout (${options.timeoutMs} ms): not judged`;
    return { ...document, diagnostics: [...document.diagnostics, { file: file.path, line: 1, column: 1, severity: 'error', rule: 'parse-limit', message }] };
  });
}

/** Milliseconds on a monotonic clock. Not performance.now(): the global loads perf_hooks (ten
 *  modules) on first use, a cost to every start. */
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;

type Parse = (source: SourceFile, settings: ParseSettings) => RoadmapDocument;

/** The YAML reader (gray-matter, yaml and zod: a good part of start-up) is loaded only when a
 *  file opens a front matter block. */
async function parserFor(files: readonly LoadedFile[]): Promise<Parse> {
  if (files.some((file) => opensFrontMatter(file.text))) return (await import('../parse/document.js')).parseRoadmap;
  return (source, settings) => parseBody(source, noFrontMatter(source.text), settings);
}
