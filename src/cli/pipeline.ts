/** The shared run of every reading command: config → load → parse → report. */
import { statSync } from 'node:fs';
import { DEFAULT_INCLUDE, readFiles } from '../load/index.js';
import type { Report, RoadmapDocument, Settings } from '../model/types.js';
import { buildReport } from '../report/index.js';
import { InputError } from '../errors.js';
import { cacheDirectory, openCache } from './cache.js';
import { loadConfig } from './config.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_PARSE_TIMEOUT_MS, resolveToday, type SharedOptions, workingDirectory } from './options.js';
import { parseFiles } from './parse-files.js';

export interface PipelineResult {
  cwd: string;
  settings: Settings;
  documents: RoadmapDocument[];
  report: Report;
}

export async function runPipeline(
  paths: readonly string[],
  options: SharedOptions,
  io: Io,
  adjust: (settings: Settings) => Settings = (s) => s,
  /** Files to leave out (by path relative to the working directory), e.g. a report's own output. */
  skip: (path: string) => boolean = () => false,
): Promise<PipelineResult> {
  const cwd = workingDirectory(options, io);
  assertDirectory(cwd);
  const today = resolveToday(options, io);
  const loaded = await loadConfig(cwd, options.config);
  const settings = adjust(loaded.settings);
  const inputs = paths.length > 0 ? paths : (loaded.config.include ?? DEFAULT_INCLUDE);
  const files = (await readFiles(inputs, { cwd, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE })).filter(
    (file) => !skip(file.path),
  );
  if (files.length === 0) {
    throw new InputError(`no roadmap files found in ${inputs.join(', ')}`);
  }
  const cache = options.cache === false ? null : openCache(cacheDirectory(cwd, io.env, options.cacheLocation), { settings, cwd });
  const documents = await parseFiles(files, {
    settings,
    timeoutMs: options.parseTimeout ?? DEFAULT_PARSE_TIMEOUT_MS,
    cache,
  });
  const report = buildReport(documents, { settings, today });
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
