/**
 * A pool of parse workers with a time budget per file. Each worker parses one file after another
 * and posts back its RoadmapDocument; a file that is still being parsed when its budget runs out
 * has its worker terminated (JavaScript cannot be interrupted in any other way), is reported as a
 * `parse-limit` error, and the files that were waiting go on in a fresh worker.
 */
import { Worker } from 'node:worker_threads';
import type { Diagnostic, RoadmapDocument, Settings, SourceFile } from '../model/types.js';
import type { ParseReply, ParseRequest } from '../parse-worker.js';

export interface PoolOptions {
  settings: Pick<Settings, 'milestoneDepth'>;
  /** Wall-clock budget per file, in milliseconds, counted from when its worker starts on it. */
  timeoutMs: number;
  workers: number;
}

/** What a file came to: its document, or the `parse-limit` diagnostic that replaced it. */
export type PoolOutcome = { document: RoadmapDocument } | { limit: Diagnostic };

/** Files sent ahead to a worker, so that it never waits for the main thread between files. */
const IN_FLIGHT = 2;
/** Heap per worker: enough for the largest file --max-file-size allows, parsed in sections. */
const WORKER_HEAP_MB = 512;

/**
 * Where the worker script is. The bundle puts every file in dist/, next to parse-worker.js; run
 * from source (the tests), this module uses the built worker, which the test setup builds first.
 */
export function workerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('../../dist/parse-worker.js', import.meta.url)
    : new URL('./parse-worker.js', import.meta.url);
}

interface Job {
  index: number;
  source: SourceFile;
}

/** Parses `sources` in up to `options.workers` workers; outcomes in the order of `sources`. */
export function parseInWorkers(sources: readonly SourceFile[], options: PoolOptions): Promise<PoolOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes = new Array<PoolOutcome | undefined>(sources.length);
    const queue: Job[] = sources.map((source, index) => ({ index, source }));
    const slots = new Set<Slot>();
    let remaining = sources.length;
    let failed = false;

    const settle = (job: Job, outcome: PoolOutcome): void => {
      if (outcomes[job.index] !== undefined) return;
      outcomes[job.index] = outcome;
      if (--remaining === 0) finish();
    };
    const finish = (): void => {
      for (const slot of slots) slot.stop();
      resolve(outcomes as PoolOutcome[]);
    };
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const slot of slots) slot.stop();
      reject(error);
    };
    const limit = (job: Job, message: string): PoolOutcome => ({
      limit: { file: job.source.path, line: 1, column: 1, severity: 'error', rule: 'parse-limit', message },
    });

    /** One worker and the files it has been given. */
    class Slot {
      private readonly worker = new Worker(workerUrl(), {
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      private readonly jobs: Job[] = [];
      private ready = false;
      private stopped = false;
      private timer: NodeJS.Timeout | undefined;

      constructor() {
        slots.add(this);
        this.worker.on('message', (reply: ParseReply) => this.receive(reply));
        this.worker.on('error', (error) => this.crash(error));
        this.worker.on('exit', (code) => {
          if (!this.stopped) this.crash(new Error(`parse worker exited with code ${code}`));
        });
        this.fill();
      }

      stop(): void {
        if (this.stopped) return;
        this.stopped = true;
        clearTimeout(this.timer);
        slots.delete(this);
        void this.worker.terminate();
      }

      /** Sends queued files until IN_FLIGHT are on their way. */
      private fill(): void {
        while (this.jobs.length < IN_FLIGHT && queue.length > 0) {
          const job = queue.shift()!;
          this.jobs.push(job);
          const request: ParseRequest = { id: job.index, source: job.source, settings: options.settings };
          this.worker.postMessage(request);
        }
        if (this.jobs.length === 0) this.stop();
      }

      private receive(reply: ParseReply): void {
        if (this.stopped) return;
        if ('ready' in reply) {
          // Loading the worker does not count against the first file's budget.
          this.ready = true;
          this.arm();
          return;
        }
        const job = this.jobs.shift();
        if (!job || job.index !== reply.id) {
          fail(new Error('parse worker replied out of order'));
          return;
        }
        if ('error' in reply) {
          fail(new Error(`parsing ${job.source.path} failed in a worker:\n${reply.error}`));
          return;
        }
        settle(job, { document: reply.document });
        this.fill();
        this.arm();
      }

      /** Starts the budget of the file the worker is on now. */
      private arm(): void {
        clearTimeout(this.timer);
        if (!this.ready || this.stopped || this.jobs.length === 0) return;
        this.timer = setTimeout(() => this.expire(), options.timeoutMs);
      }

      private expire(): void {
        const [late, ...waiting] = this.jobs;
        this.stop();
        if (late) settle(late, limit(late, `parsing took longer than --parse-timeout (${options.timeoutMs} ms): stopped`));
        this.resume(waiting);
      }

      private crash(error: Error & { code?: string }): void {
        if (this.stopped) return;
        const [current, ...waiting] = this.jobs;
        this.stop();
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && current) {
          settle(current, limit(current, `parsing needed more than ${WORKER_HEAP_MB} MB of memory: stopped`));
          this.resume(waiting);
        } else {
          fail(error);
        }
      }

      /** Files this worker had not started go back to the front of the queue, and on. */
      private resume(waiting: Job[]): void {
        queue.unshift(...waiting);
        if (queue.length > 0 && slots.size < options.workers) new Slot();
      }
    }

    if (sources.length === 0) {
      resolve([]);
      return;
    }
    const count = Math.max(1, Math.min(options.workers, sources.length));
    for (let i = 0; i < count; i++) new Slot();
  });
}
