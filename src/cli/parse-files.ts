/**
 * Files as read → RoadmapDocuments, in order: from the cache where it holds them, else decoded
 * and parsed.
 *
 * Where a file is parsed:
 * - a file written wholly in plain roadmap markdown by the fast path (`simple-document.ts`), in
 *   the main thread: it reads in linear time, far faster than a worker starts, and needs no
 *   budget;
 * - another file over 16 KiB in a worker, so that --parse-timeout holds for it;
 * - a smaller one in the main thread, where no budget applies: starting a worker costs more than
 *   parsing it, and no input that small is known to take near the budget (the slowest we know,
 *   lines of a thousand nested list items, parses 16 KiB in about a second). A budget under
 *   2 s sends every file to a worker, so that it is always enforced;
 * - every file of a large run (256 KiB or more to parse) in a pool of one worker per core, with
 *   the budget.
 */
import { availableParallelism } from 'node:os';
import { decodeFile, type LoadedFile, type ReadFile } from '../load/index.js';
import { isFatal } from '../model/fatal.js';
import type { RoadmapDocument, Settings } from '../model/types.js';
import { unparsedDocument } from '../parse/unparsed.js';
import type { ParseCache } from './cache.js';

export interface ParseFilesOptions {
  settings: Pick<Settings, 'milestoneDepth'>;
  /** Per-file budget in milliseconds (--parse-timeout). */
  timeoutMs: number;
  cache: ParseCache | null;
}

const IN_THREAD_MAX_LENGTH = 16 * 1024;
const IN_THREAD_MIN_BUDGET_MS = 2000;
const POOL_MIN_LENGTH = 256 * 1024;
/** Below this much text per worker, another worker costs more than it saves. */
const LENGTH_PER_WORKER = 128 * 1024;

export async function parseFiles(files: readonly ReadFile[], options: ParseFilesOptions): Promise<RoadmapDocument[]> {
  const documents = new Array<RoadmapDocument | undefined>(files.length);
  const { cache } = options;
  // A refused file has no bytes to key it by: it is judged again every time.
  const readable = files.flatMap((file, index) => ('bytes' in file ? [{ index, file }] : []));
  if (cache) {
    const cached = cache.get(readable.map(({ file }) => file));
    readable.forEach(({ index }, i) => (documents[index] = cached[i]));
  }

  // Only files the cache does not know are decoded.
  const todo = files.flatMap((file, index) => (documents[index] === undefined ? [{ index, source: decodeFile(file) }] : []));
  const parsed = await parse(
    todo.map(({ source }) => source),
    options,
  );
  parsed.forEach((document, i) => (documents[todo[i]!.index] = document));

  if (cache) {
    // A file over a limit is judged again next time: the limit may have changed.
    const cacheable = todo.flatMap(({ index }) => {
      const file = files[index]!;
      const document = documents[index]!;
      return 'bytes' in file && !document.diagnostics.some(isFatal) ? [{ file, document }] : [];
    });
    await cache.set(cacheable);
  }
  return documents as RoadmapDocument[];
}

async function parse(all: readonly LoadedFile[], options: ParseFilesOptions): Promise<RoadmapDocument[]> {
  const documents = new Map<LoadedFile, RoadmapDocument>();
  if (all.length > 0) {
    const { parseSimpleRoadmap } = await import('../parse/simple-document.js');
    for (const source of all) {
      const document = parseSimpleRoadmap(source, options.settings);
      if (document) documents.set(source, document);
    }
  }
  const sources = all.filter((source) => !documents.has(source));
  const length = sources.reduce((sum, source) => sum + source.text.length, 0);
  const pooled = (source: LoadedFile): boolean =>
    length >= POOL_MIN_LENGTH || options.timeoutMs < IN_THREAD_MIN_BUDGET_MS || source.text.length > IN_THREAD_MAX_LENGTH;
  const toPool = sources.filter(pooled);
  const workers = Math.min(availableParallelism(), Math.ceil(length / LENGTH_PER_WORKER), toPool.length);
  const pool = toPool.length > 0 ? parseInPool(toPool, options, workers) : Promise.resolve([]);

  const inThread = sources.filter((source) => !pooled(source));
  if (inThread.length > 0) {
    const { parseRoadmap } = await import('../parse/document.js');
    for (const source of inThread) {
      documents.set(source, parseRoadmap(source, options.settings));
      // Between files, the workers' messages (and their budgets' timers) get their turn.
      if (toPool.length > 0) await new Promise((next) => setImmediate(next));
    }
  }
  (await pool).forEach((document, i) => documents.set(toPool[i]!, document));
  return all.map((source) => documents.get(source)!);
}

async function parseInPool(sources: LoadedFile[], options: ParseFilesOptions, workers: number): Promise<RoadmapDocument[]> {
  const { parseInWorkers } = await import('./parse-pool.js');
  const outcomes = await parseInWorkers(sources, { settings: options.settings, timeoutMs: options.timeoutMs, workers });
  return outcomes.map((outcome, i) => ('document' in outcome ? outcome.document : unparsedDocument(sources[i]!, outcome.limit)));
}
