/**
 * Loaded files → RoadmapDocuments, in order: from the cache where it holds them, else parsed.
 *
 * Where a file is parsed:
 * - in the main thread when it is small (up to 16 KiB) and the run is small (under 256 KiB left
 *   to parse): starting a worker costs more than parsing it, and no input that small is known to
 *   take near the budget (the slowest pathological pattern we know parses 16 KiB in about half a
 *   second). A budget under 2 s sends every file to a worker, so that it is always enforced;
 * - in a worker otherwise: every larger file, so that --parse-timeout always holds for it, and
 *   every file of a large run, parsed in parallel by one worker per core.
 */
import { availableParallelism } from 'node:os';
import type { RoadmapDocument, Settings } from '../model/types.js';
import type { LoadedFile } from '../load/index.js';
import { unparsedDocument } from '../parse/unparsed.js';
import type { ParseCache } from './cache.js';

export interface ParseFilesOptions {
  settings: Pick<Settings, 'milestoneDepth'>;
  /** Per-file budget in milliseconds (--parse-timeout). */
  timeoutMs: number;
  cache: ParseCache | null;
}

const IN_THREAD_MAX_BYTES = 16 * 1024;
const IN_THREAD_MIN_BUDGET_MS = 2000;
const POOL_MIN_BYTES = 256 * 1024;
/** Below this much text per worker, another worker costs more than it saves. */
const BYTES_PER_WORKER = 128 * 1024;

export async function parseFiles(files: readonly LoadedFile[], options: ParseFilesOptions): Promise<RoadmapDocument[]> {
  const documents = new Array<RoadmapDocument | undefined>(files.length);
  const { cache } = options;
  if (cache) {
    await Promise.all(
      files.map(async (file, index) => {
        if (!file.refused) documents[index] = await cache.get(file);
      }),
    );
  }

  const todo = files.map((_, index) => index).filter((index) => documents[index] === undefined);
  const bytes = todo.reduce((sum, index) => sum + files[index]!.text.length, 0);
  const inWorker = (file: LoadedFile): boolean =>
    !file.refused &&
    (bytes >= POOL_MIN_BYTES || file.text.length > IN_THREAD_MAX_BYTES || options.timeoutMs < IN_THREAD_MIN_BUDGET_MS);
  const pooled = todo.filter((index) => inWorker(files[index]!));
  const inThread = todo.filter((index) => !inWorker(files[index]!));

  const pool = pooled.length > 0 ? parsePooled(files, pooled, bytes, options) : Promise.resolve([]);
  // Meanwhile, here: the pool works in other threads.
  if (inThread.length > 0) {
    const { parseRoadmap } = await import('../parse/document.js');
    for (const index of inThread) documents[index] = parseRoadmap(files[index]!, options.settings);
  }
  for (const [index, document] of await pool) documents[index] = document;

  if (cache) {
    await Promise.all(
      todo.map((index) => {
        const document = documents[index]!;
        // A file over a limit is judged again next time: the limit may have changed.
        const cacheable = !files[index]!.refused && !document.diagnostics.some((d) => d.rule === 'parse-limit');
        return cacheable ? cache.set(files[index]!, document) : undefined;
      }),
    );
  }
  return documents as RoadmapDocument[];
}

async function parsePooled(
  files: readonly LoadedFile[],
  indexes: readonly number[],
  bytes: number,
  options: ParseFilesOptions,
): Promise<Array<[number, RoadmapDocument]>> {
  const { parseInWorkers } = await import('./parse-pool.js');
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(bytes / BYTES_PER_WORKER), indexes.length));
  const sources = indexes.map((index) => files[index]!);
  const outcomes = await parseInWorkers(sources, { settings: options.settings, timeoutMs: options.timeoutMs, workers });
  return outcomes.map((outcome, i) => [
    indexes[i]!,
    'document' in outcome ? outcome.document : unparsedDocument(sources[i]!, outcome.limit),
  ]);
}
