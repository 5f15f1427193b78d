/**
 * The roadmap replayed through git: the inputs resolved at HEAD as `status` resolves them, each
 * file's history followed first-parent across renames, and at every commit that changed one of
 * them the report `status --json` would give for the files as they were then. Each distinct blob
 * is read through one `git cat-file --batch` and parsed once.
 */
import { relative } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, loadConfig, type RunRequest } from '../engine/index.js';
import { parseFiles } from '../engine/parse-files.js';
import { InputError } from '../errors.js';
import { DEFAULT_INCLUDE, resolvePaths } from '../load/index.js';
import { decodeFile, type LoadedFile } from '../load/index.js';
import type { Progress, Report, RoadmapDocument, RoadmapReport, Settings, TierProgress } from '../model/types.js';
import { buildReport } from '../report/index.js';
import { fileLog, firstParentLine, openRepository, readBlobs, type FileChange, type Repository } from './git.js';

/** What to replay: the inputs, config and limits of a reading command. */
export type HistoryRequest = Pick<RunRequest, 'cwd' | 'paths' | 'config' | 'today' | 'maxFileSize' | 'parseTimeoutMs'>;

/** What a point keeps of one roadmap file: its counts as `status --json` gives them. */
export interface RoadmapCounts {
  file: string;
  release: string;
  totals: Progress;
  tiers: TierProgress[];
  blockers: number;
  blocked: boolean;
}

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

  const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const report = (documents: RoadmapDocument[]) => buildReport(documents, { settings: loaded.settings, today: request.today });
  // A point keeps counts only: a thousand commits of a large roadmap would otherwise hold a
  // thousand parsed documents and reports. The counts of a (file, blob) are made once.
  const counted = new Map<string, RoadmapCounts>();
  const current = new Map<string, RoadmapDocument | null>();
  const parse = async (file: string, blob: string): Promise<RoadmapDocument> =>
    (await parseFiles([loadedBlob(file, blobs.get(blob), maxFileSize)], {
      settings: loaded.settings,
      timeoutMs: request.parseTimeoutMs ?? Number.POSITIVE_INFINITY,
    }))[0]!;

  const state = new Map<string, string | null>();
  const points: HistoryPoint[] = [];
  for (const { commit, time, touched } of order) {
    for (const change of touched) {
      state.set(change.file, change.blob);
      current.set(change.file, null);
      if (change.blob === null) continue;
      const key = `${change.file}\0${change.blob}`;
      if (counted.has(key)) continue;
      const document = await parse(change.file, change.blob);
      counted.set(key, countsOf(report([document]).roadmaps[0]!));
      current.set(change.file, document);
    }
    const roadmaps: RoadmapCounts[] = [];
    for (const file of files) {
      const blob = state.get(file);
      if (blob) roadmaps.push(counted.get(`${file}\0${blob}`)!);
    }
    points.push({ commit, time, date: utcDay(time), roadmaps });
  }
  // The last point in full. A file whose blob came back from earlier has no document kept.
  let head: Report | null = null;
  if (points.length > 0) {
    const documents: RoadmapDocument[] = [];
    for (const file of files) {
      const blob = state.get(file);
      if (blob) documents.push(current.get(file) ?? (await parse(file, blob)));
    }
    head = report(documents);
  }
  return { repository, settings: loaded.settings, files, points, head };
}

function countsOf(roadmap: RoadmapReport): RoadmapCounts {
  return {
    file: roadmap.file,
    release: roadmap.release,
    totals: roadmap.totals,
    tiers: roadmap.tiers,
    blockers: roadmap.blockers.length,
    blocked: roadmap.blocked,
  };
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

function loadedBlob(file: string, bytes: Uint8Array | undefined, maxFileSize: number): LoadedFile {
  if (bytes === undefined) {
    return decodeFile({ path: file, refusal: { file, line: 1, column: 1, severity: 'error', rule: 'unreadable', message: 'not in the repository (a shallow clone?)' } });
  }
  if (bytes.length > maxFileSize) {
    return decodeFile({
      path: file,
      refusal: { file, line: 1, column: 1, severity: 'error', rule: 'parse-limit', message: `larger than --max-file-size (${bytes.length} > ${maxFileSize} bytes)` },
    });
  }
  return decodeFile({ path: file, bytes });
}

export function utcDay(time: number): string {
  return new Date(time * 1000).toISOString().slice(0, 10);
}
