/**
 * The roadmap replayed through git: the inputs resolved at HEAD as `status` resolves them, each
 * file's history followed first-parent across renames, and at every commit that changed one of
 * them the report `status --json` would give for the files as they were then. Each distinct blob
 * is read through one `git cat-file --batch` and parsed once.
 */
import { relative } from 'node:path';
import { loadConfig, type RunRequest } from '../engine/index.js';
import { InputError } from '../errors.js';
import { DEFAULT_INCLUDE, resolvePaths } from '../load/index.js';
import type { Report, RoadmapDocument, Settings } from '../model/types.js';
import { buildReport } from '../report/index.js';
import { type CountOptions, countsOf, parseBlob, type RoadmapCounts } from './count.js';
import { countVersions } from './count-pool.js';
import type { CountJob } from './count-worker.js';
import { fileLog, firstParentLine, openRepository, readBlobs, type FileChange, type Repository } from '../load/git.js';

/** What to replay: the inputs, config and limits of a reading command. */
export type HistoryRequest = Pick<RunRequest, 'cwd' | 'paths' | 'config' | 'today' | 'maxFileSize' | 'parseTimeoutMs'>;

export type { RoadmapCounts };

/** The state of the roadmap after one commit. */
export interface HistoryPoint {
  commit: string;
  /** Committer time, seconds since the epoch. */
  time: number;
  /** Committer date, UTC, `YYYY-MM-DD`. */
  date: string;
  /** The files that existed then, in input order. */
  roadmaps: RoadmapCounts[];
}

export interface Replay {
  repository: Repository;
  settings: Settings;
  /** The files read, as `status` names them (relative to the working directory). */
  files: string[];
  /** Oldest first. */
  points: HistoryPoint[];
  /** The whole report at the last point (its milestones, for their forecasts); null without one. */
  head: Report | null;
}

export async function replay(request: HistoryRequest): Promise<Replay> {
  const repository = await openRepository(request.cwd);
  const loaded = await loadConfig(request.cwd, request.config);
  const paths = request.paths ?? [];
  const inputs = paths.length > 0 ? paths : (loaded.config.include ?? DEFAULT_INCLUDE);
  const configuredIn = paths.length === 0 && loaded.config.include && loaded.path ? relative(request.cwd, loaded.path) || loaded.path : undefined;
  const refs = await resolvePaths(inputs, request.cwd, { configuredIn });
  if (refs.length === 0) throw new InputError(`no roadmap files found in ${inputs.join(', ')}`);
  const files = refs.map((ref) => ref.display);

  // Each file's changes, oldest first, under the name it has now.
  const changes = new Map<string, FileChange[]>();
  for (const file of files) {
    if (file.startsWith('../') || file.startsWith('/')) continue;
    changes.set(file, (await fileLog(repository, `${repository.prefix}${file}`)).reverse());
  }
  const order = commitOrder(changes, await firstParentLine(repository));
  const blobs = await readBlobs(repository, [...new Set([...changes.values()].flat().flatMap((change) => (change.blob ? [change.blob] : [])))]);

  const options: CountOptions = {
    settings: loaded.settings,
    today: request.today,
    maxFileSize: request.maxFileSize,
    parseTimeoutMs: request.parseTimeoutMs,
  };
  // Every distinct version of every file, counted once. Those at HEAD are parsed here in full,
  // for the last point's report (milestones and their due dates); the others are only counted,
  // in workers when there are many, so that no point holds a parsed document.
  const headBlob = new Map<string, string>();
  for (const [file, log] of changes) {
    const last = log.at(-1);
    if (last?.blob) headBlob.set(file, last.blob);
  }
  const jobs: CountJob[] = [];
  const seen = new Set<string>();
  for (const [file, log] of changes) {
    for (const change of log) {
      if (change.blob === null || headBlob.get(file) === change.blob) continue;
      const key = `${file}\0${change.blob}`;
      if (seen.has(key)) continue;
      seen.add(key);
      jobs.push({ key, file, bytes: blobs.get(change.blob) });
    }
  }
  const counting = countVersions(jobs, options);
  const headDocuments: RoadmapDocument[] = [];
  for (const file of files) {
    const blob = headBlob.get(file);
    if (blob) headDocuments.push(await parseBlob(file, blobs.get(blob), options));
  }
  const counted = await counting;
  for (const document of headDocuments) counted.set(`${document.file}\0${headBlob.get(document.file)}`, countsOf(document, options));

  const state = new Map<string, string | null>();
  const points: HistoryPoint[] = [];
  for (const { commit, time, touched } of order) {
    for (const change of touched) state.set(change.file, change.blob);
    const roadmaps: RoadmapCounts[] = [];
    for (const file of files) {
      const blob = state.get(file);
      if (blob) roadmaps.push(counted.get(`${file}\0${blob}`)!);
    }
    points.push({ commit, time, date: utcDay(time), roadmaps });
  }
  const head = points.length > 0 ? buildReport(headDocuments, { settings: loaded.settings, today: request.today }) : null;
  return { repository, settings: loaded.settings, files, points, head };
}

/** The commits that changed any of the files, in first-parent order, each with what it changed. */
function commitOrder(changes: ReadonlyMap<string, FileChange[]>, line: readonly string[]) {
  const position = new Map(line.map((commit, index) => [commit, index]));
  const commits = new Map<string, { commit: string; time: number; rank: number; touched: Array<{ file: string; blob: string | null }> }>();
  for (const [file, log] of changes) {
    for (const change of log) {
      const entry = commits.get(change.commit) ?? { commit: change.commit, time: change.time, rank: position.get(change.commit) ?? -1, touched: [] };
      entry.touched.push({ file, blob: change.blob });
      commits.set(change.commit, entry);
    }
  }
  return [...commits.values()].sort((a, b) => a.rank - b.rank || a.time - b.time);
}

export function utcDay(time: number): string {
  return new Date(time * 1000).toISOString().slice(0, 10);
}
