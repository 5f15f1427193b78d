/**
 * A worker of the replay: versions of roadmap files in, their counts out. Built on its own as
 * dist/count-worker.js; the replay starts workers only for many versions (count-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { type CountOptions, countsOf, parseBlob, type RoadmapCounts } from './count.js';

export interface CountJob {
  key: string;
  file: string;
  bytes: Uint8Array | undefined;
}

export interface CountRequest {
  options: CountOptions;
  jobs: CountJob[];
}

parentPort!.once('message', async ({ options, jobs }: CountRequest) => {
  const counted: Array<[string, RoadmapCounts]> = [];
  for (const job of jobs) counted.push([job.key, countsOf(await parseBlob(job.file, job.bytes, options), options)]);
  parentPort!.postMessage(counted);
});
