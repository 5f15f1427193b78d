/**
 * The roadmap at one side of a diff: the files the inputs name at a commit (read from git, as
 * history reads them) or in the work tree (read as `status` reads them), parsed and reported.
 */
import { relative } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_PARSE_TIMEOUT_MS, loadConfig, type RunRequest } from '../engine/index.js';
import { parseFiles } from '../engine/parse-files.js';
import { parseBlob } from '../history/count.js';
import { readBlobs, type Repository, treeFiles } from '../load/git.js';
import { DEFAULT_INCLUDE, loadFiles } from '../load/index.js';
import { selectTreePaths } from '../load/tree-paths.js';
import type { Report, RoadmapDocument, Settings } from '../model/types.js';
import { buildReport } from '../report/index.js';

export type DiffRequest = Pick<RunRequest, 'cwd' | 'paths' | 'config' | 'today' | 'maxFileSize' | 'parseTimeoutMs' | 'adjust'>;

export interface Snapshot {
  /** The commit read; null for the work tree. */
  commit: string | null;
  documents: RoadmapDocument[];
  report: Report;
}

/** What both sides share: the inputs and the settings, from the working directory's config. */
export interface Reading {
  request: DiffRequest;
  inputs: readonly string[];
  configuredIn?: string;
  settings: Settings;
}

export async function prepareReading(request: DiffRequest): Promise<Reading> {
  const loaded = await loadConfig(request.cwd, request.config);
  const settings = request.adjust ? request.adjust(loaded.settings) : loaded.settings;
  const paths = request.paths ?? [];
  const inputs = paths.length > 0 ? paths : (loaded.config.include ?? DEFAULT_INCLUDE);
  const configuredIn = paths.length === 0 && loaded.config.include && loaded.path ? relative(request.cwd, loaded.path) || loaded.path : undefined;
  return { request, inputs, configuredIn, settings };
}

/** The roadmap as a commit has it. */
export async function snapshotAt(repository: Repository, commit: string, reading: Reading): Promise<Snapshot> {
  const { request, settings } = reading;
  const tree = await treeFiles(repository, commit, repository.prefix);
  const byPath = new Map(tree.map((file) => [file.path.slice(repository.prefix.length), file.blob]));
  const paths = await selectTreePaths(reading.inputs, [...byPath.keys()]);
  const blobs = await readBlobs(repository, paths.map((path) => byPath.get(path)!));
  const options = { settings, today: request.today, maxFileSize: request.maxFileSize, parseTimeoutMs: request.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS };
  const documents: RoadmapDocument[] = [];
  for (const path of paths) documents.push(await parseBlob(path, blobs.get(byPath.get(path)!), options));
  return { commit, documents, report: buildReport(documents, { settings, today: request.today }) };
}

/** The roadmap as the work tree has it, uncommitted changes included. */
export async function snapshotOfWorkTree(reading: Reading): Promise<Snapshot> {
  const { request, settings } = reading;
  const files = await loadFiles(reading.inputs, {
    cwd: request.cwd,
    maxFileSize: request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    configuredIn: reading.configuredIn,
  });
  const documents = await parseFiles(files, { settings, timeoutMs: request.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS });
  return { commit: null, documents, report: buildReport(documents, { settings, today: request.today }) };
}
