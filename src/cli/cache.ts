/**
 * The parse cache: a file's RoadmapDocument, kept under a key made of everything the document
 * depends on — the file's bytes (its text and what decoding them finds follow from them), the
 * path (the title may come from the file name), the settings parsing uses, and the tool's
 * version and build.
 *
 * Two kinds of file, both written atomically (temporary file, then rename), so that concurrent
 * runs never see half of one:
 * - an entry, `<key>.json`, holds one document;
 * - a pack, `run-<hash>.pack`, holds the documents of every file of a run, under a name made of
 *   the working directory and the run's paths: a warm run reads one file instead of hundreds.
 *   Each document in it is still checked against its file's key, so a changed file is parsed
 *   again; the pack is then written anew.
 * A pack or entry that cannot be read or does not look right is a miss, and is rewritten.
 * Both hold documents in the form of document-codec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { RoadmapDocument, Settings } from '../model/types.js';
import { BUILD, VERSION } from '../version.js';
import { contentHash } from './content-hash.js';
import { packBytes, parseJson, unpack } from './cache-pack.js';
import { DocumentDecoder, encodeDocument, type Stream, StringTable } from './document-codec.js';

/** Changes whenever the shape of an entry, a pack or the document codec does. */
const FORMAT = 2;

/** A file as the cache knows it: what it decodes to follows from its path and bytes. */
export interface CachedFile {
  path: string;
  bytes: Uint8Array;
}

export interface ParseCache {
  /** The cached document of each file, or undefined. Called once a run, with all its files. */
  get(files: readonly CachedFile[]): Array<RoadmapDocument | undefined>;
  /** Keeps the documents parsed since `get` (of some of its files), and the run's pack. */
  set(parsed: ReadonlyArray<{ file: CachedFile; document: RoadmapDocument }>): Promise<void>;
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

export interface CacheOptions {
  settings: Pick<Settings, 'milestoneDepth'>;
  /** The working directory: runs in two projects with the same paths keep separate packs. */
  cwd: string;
}

export function openCache(directory: string, options: CacheOptions): ParseCache {
  const context = JSON.stringify([FORMAT, VERSION, BUILD, options.settings.milestoneDepth]);
  const keyOf = (file: CachedFile): string => contentHash(context, file.path, file.bytes);
  const files = new Files(directory);
  /** What `get` found: each file's key and document, and how many of them the pack held. */
  let run: { pack: string; keys: string[]; documents: Array<RoadmapDocument | undefined>; fromPack: number } | undefined;

  return {
    get(cached) {
      const keys = cached.map(keyOf);
      const pack = `run-${contentHash(context, options.cwd, cached.map((file) => file.path).join('\n'))}.pack`;
      const bytes = files.read(pack);
      const packed = bytes && unpack(bytes);
      let hits = 0;
      const documents = keys.map((key) => {
        const document = packed?.get(key);
        if (document) hits++;
        return document ?? readEntry(files.read(`${key}.json`), key);
      });
      run = { pack, keys, documents, fromPack: hits };
      return documents;
    },
    async set(parsed) {
      if (!run) throw new Error('ParseCache.set before get');
      const { pack, keys, documents, fromPack } = run;
      const fresh = new Map(parsed.map(({ file, document }) => [keyOf(file), document]));
      await Promise.all([...fresh].map(([key, document]) => files.write(`${key}.json`, () => entryText(key, document))));
      const kept = keys.flatMap((key, i) => {
        const document = documents[i] ?? fresh.get(key);
        return document ? [{ key, document }] : [];
      });
      // Written again only when it lacks something: a warm run writes nothing.
      if (kept.length > fromPack) await files.write(pack, () => packBytes(kept));
    },
  };
}

/** Reads and writes the folder's files; one that cannot be read is absent. */
class Files {
  #ready: Promise<unknown> | undefined;
  #written = 0;

  constructor(readonly directory: string) {}

  read(name: string): Buffer | undefined {
    try {
      // Synchronous: a warm run has nothing to overlap with its reads.
      return readFileSync(join(this.directory, name));
    } catch {
      return undefined;
    }
  }

  /** Writes what `content` makes; one that cannot be made or written is left out. */
  async write(name: string, content: () => string | Uint8Array): Promise<void> {
    const target = join(this.directory, name);
    const temp = join(this.directory, `.${name}.${process.pid}.${++this.#written}.tmp`);
    try {
      const made = content();
      this.#ready ??= mkdir(this.directory, { recursive: true });
      await this.#ready;
      // `wx`: a temporary name is never shared, even by a run in another process.
      await writeFile(temp, made, { flag: 'wx' });
      await rename(temp, target);
    } catch {
      // The cache only saves time: a folder that cannot be written is a cache that stays cold.
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }
}

/** `{"key", "strings", "stream"}`: one document, at the start of the stream. */
function entryText(key: string, document: RoadmapDocument): string {
  const table = new StringTable();
  const stream: Stream = [];
  encodeDocument(document, table, stream);
  return JSON.stringify({ key, strings: table.strings, stream });
}

function readEntry(bytes: Buffer | undefined, key: string): RoadmapDocument | undefined {
  const entry = bytes && parseJson(bytes.toString('utf8'));
  if (entry?.key !== key || !Array.isArray(entry.strings) || !Array.isArray(entry.stream)) return undefined;
  return new DocumentDecoder(entry.stream, entry.strings).tryDocument(0);
}
