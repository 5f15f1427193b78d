/**
 * Counts of many versions at once. A replay of a long history parses every version of every
 * file, and the versions are independent: with more than one core they are counted in worker
 * threads, each taking an equal share, while this thread parses the versions at HEAD. A few
 * versions, or no built worker (the sources run under a test runner), are counted here.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CountOptions, countsOf, parseBlob, type RoadmapCounts } from './count.js';
import type { CountJob } from './count-worker.js';

/** Below this many versions a worker costs more to start than it saves. */
const WORKER_THRESHOLD = 64;
const MAX_WORKERS = 4;

const WORKER = new URL('./count-worker.js', import.meta.url);

export async function countVersions(jobs: readonly CountJob[], options: CountOptions): Promise<Map<string, RoadmapCounts>> {
  const workers = Math.min(MAX_WORKERS, availableParallelism());
  const built = WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
  if (jobs.length < WORKER_THRESHOLD || workers < 2 || !built) return countHere(jobs, options);
  // Interleaved shares: neighbouring versions are alike in size, so each share is about as long.
  const shares = Array.from({ length: workers }, (_, index) => jobs.filter((_, at) => at % workers === index));
  const results = await Promise.all(shares.map((share) => countInWorker(share, options)));
  return new Map(results.flat());
}

async function countHere(jobs: readonly CountJob[], options: CountOptions): Promise<Map<string, RoadmapCounts>> {
  const counted = new Map<string, RoadmapCounts>();
  for (const job of jobs) counted.set(job.key, countsOf(await parseBlob(job.file, job.bytes, options), options));
  return counted;
}

function countInWorker(jobs: CountJob[], options: CountOptions): Promise<Array<[string, RoadmapCounts]>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.once('message', (counted: Array<[string, RoadmapCounts]>) => {
      resolve(counted);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a history worker stopped (exit ${code})`));
    });
    worker.postMessage({ options, jobs });
  });
}
