/**
 * The parse cache: a file's RoadmapDocument, kept under a key made of everything the document
 * depends on — the text and what reading it found, the path (the title may come from the file
 * name), the settings parsing uses, and the tool's version and build. One small JSON file per
 * entry, written atomically (temporary file, then rename), so that concurrent runs never see half
 * an entry. An entry that cannot be read or does not look right is a miss, and is rewritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { RoadmapDocument, Settings, SourceFile } from '../model/types.js';
import { BUILD, VERSION } from '../version.js';
import { contentHash } from './content-hash.js';

/** Changes whenever the shape of an entry does. */
const FORMAT = 1;

export interface ParseCache {
  get(source: SourceFile): Promise<RoadmapDocument | undefined>;
  set(source: SourceFile, document: RoadmapDocument): Promise<void>;
}

/** The cache folder: `--cache-location`, else node_modules/.cache/roadmap of the nearest folder
 *  with a package.json at or above `cwd`, else the user's cache folder. */
export function cacheDirectory(cwd: string, env: Readonly<Record<string, string | undefined>>, location?: string): string {
  if (location) return resolve(cwd, location);
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'node_modules', '.cache', 'roadmap');
    if (dirname(dir) === dir) break;
  }
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' && env.LOCALAPPDATA) || join(homedir(), '.cache');
  return join(base, 'roadmap');
}

export function openCache(directory: string, settings: Pick<Settings, 'milestoneDepth'>): ParseCache {
  const context = JSON.stringify([FORMAT, VERSION, BUILD, settings.milestoneDepth]);
  const keyOf = (source: SourceFile): string =>
    contentHash(context, JSON.stringify([source.path, source.diagnostics]), source.text);
  let ready: Promise<unknown> | undefined;
  let written = 0;

  return {
    async get(source) {
      const key = keyOf(source);
      try {
        // Synchronous: a warm run reads hundreds of small entries, and has nothing to overlap.
        const entry = JSON.parse(readFileSync(join(directory, `${key}.json`), 'utf8')) as unknown;
        return isEntry(entry, key) ? entry.document : undefined;
      } catch {
        return undefined;
      }
    },
    async set(source, document) {
      const key = keyOf(source);
      const target = join(directory, `${key}.json`);
      const temp = join(directory, `.${key}.${process.pid}.${++written}.tmp`);
      try {
        ready ??= mkdir(directory, { recursive: true });
        await ready;
        // `wx`: a temporary name is never shared, even by a run in another process.
        await writeFile(temp, JSON.stringify({ key, document } satisfies Entry), { flag: 'wx' });
        await rename(temp, target);
      } catch {
        // The cache only saves time: a folder that cannot be written is a cache that stays cold.
        await rm(temp, { force: true }).catch(() => undefined);
      }
    },
  };
}

interface Entry {
  key: string;
  document: RoadmapDocument;
}

/** Cheap checks that catch truncated or foreign files; entries are only ever written by us. */
function isEntry(value: unknown, key: string): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const { key: stored, document } = value as Partial<Entry>;
  if (stored !== key || typeof document !== 'object' || document === null) return false;
  return (
    typeof document.file === 'string' &&
    typeof document.title === 'string' &&
    typeof document.release === 'string' &&
    Array.isArray(document.milestones) &&
    Array.isArray(document.fields) &&
    Array.isArray(document.metrics) &&
    Array.isArray(document.diagnostics)
  );
}
