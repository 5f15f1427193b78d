/**
 * The engine: one run of load → parse → report for a set of inputs. Every reading command and
 * the library go through it; the CLI only turns flags into a request and the result into output
 * and an exit code.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { InputError } from '../errors.js';
import { DEFAULT_INCLUDE, loadFiles } from '../load/index.js';
import type { Report, RoadmapDocument, Settings } from '../model/types.js';
import { buildReport } from '../report/index.js';
import { loadConfig } from './config.js';
import { parseFiles } from './parse-files.js';

export { CONFIG_FILE, loadConfig, toSettings, type LoadedConfig } from './config.js';

/** Files larger than this are refused unless the request says otherwise: 5 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

export interface RunRequest {
  /** Absolute working directory: inputs, the config and links are relative to it. */
  cwd: string;
  /** Files, directories or globs; none means the config's `include`, else roadmap/**. */
  paths?: readonly string[];
  /** The configuration file, relative to `cwd` (default roadmap.config.json, if present). */
  config?: string;
  /** `YYYY-MM-DD`. */
  today: string;
  maxFileSize?: number;
  parseTimeoutMs?: number;
  /** Changes to the settings the config gives (a command's own flags). */
  adjust?: (settings: Settings) => Settings;
  /** Files to leave out, by path relative to `cwd` (a report's own output). */
  skip?: (path: string) => boolean;
}

export interface RunResult {
  cwd: string;
  settings: Settings;
  documents: RoadmapDocument[];
  report: Report;
}

export async function run(request: RunRequest): Promise<RunResult> {
  const { cwd } = request;
  assertDirectory(cwd);
  const loaded = await loadConfig(cwd, request.config);
  const settings = request.adjust ? request.adjust(loaded.settings) : loaded.settings;
  const paths = request.paths ?? [];
  const inputs = paths.length > 0 ? paths : (loaded.config.include ?? DEFAULT_INCLUDE);
  const configuredIn = paths.length === 0 && loaded.config.include && loaded.path ? relative(cwd, loaded.path) || loaded.path : undefined;
  const skip = request.skip ?? (() => false);
  const files = (await loadFiles(inputs, { cwd, maxFileSize: request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, configuredIn })).filter(
    (file) => !skip(file.path),
  );
  if (files.length === 0) throw new InputError(`no roadmap files found in ${inputs.join(', ')}`);
  const documents = await parseFiles(files, { settings, timeoutMs: request.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS });
  const report = buildReport(documents, { settings, today: request.today });
  return { cwd, settings, documents, report };
}

/** Said first, so that a mistyped --cwd is not reported as a problem with the files in it. */
function assertDirectory(cwd: string): void {
  let info;
  try {
    info = statSync(cwd);
  } catch {
    info = undefined;
  }
  if (!info) throw new InputError(`working directory ${cwd} does not exist`);
  if (!info.isDirectory()) throw new InputError(`working directory ${cwd} is not a directory`);
}
