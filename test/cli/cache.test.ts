/**
 * The parse cache: a warm run says exactly what a cold one says, and writes nothing; a changed
 * file is parsed again; an entry or a pack that is corrupt or unreadable is ignored and written
 * again; --no-cache and --cache-location do what they say; the
 * default folder is node_modules/.cache/roadmap of the nearest package, else the user's cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBytes, unpack } from '../../src/cli/cache-pack.js';
import type { RoadmapDocument } from '../../src/model/types.js';
import { project, seedText } from '../helpers/fixtures.js';
import { run, runWithEnv } from '../helpers/io.js';

/** The one-document entries, `<key>.json`. */
const entries = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : []);
/** The run packs, `run-<hash>.pack`. */
const packs = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.pack')) : []);

function twoFileProject(): string {
  return project({
    'roadmap/seed.md': seedText(),
    'roadmap/other.md': '---\ntitle: Other\n---\n# Ignored\n\n## Now\n\n- [x] done\n- [ ] open (due 2026-01-15) @ana #ops\n',
  });
}

/** The documents of the folder's only pack, by title. */
function packedTitles(cache: string): string[] {
  expect(packs(cache)).toHaveLength(1);
  const documents = unpack(readFileSync(join(cache, packs(cache)[0]!)));
  expect(documents).toBeDefined();
  return [...documents!.values()].map((document) => document.title).sort();
}

/** Rewrites the folder's only pack with each document changed by `change`. */
function editPack(cache: string, change: (document: RoadmapDocument) => RoadmapDocument): void {
  const path = join(cache, packs(cache)[0]!);
  const documents = unpack(readFileSync(path))!;
  writeFileSync(path, packBytes([...documents].map(([key, document]) => ({ key, document: change(document) }))));
}

const renamed = (document: RoadmapDocument): RoadmapDocument =>
  document.title === 'Other' ? { ...document, title: 'From the cache' } : document;

const titles = (stdout: string): string[] => JSON.parse(stdout).roadmaps.map((r: { title: string }) => r.title);

/** Every file of the folder with the time it was last written. */
const stamps = (dir: string): Array<[string, number]> => readdirSync(dir).map((name) => [name, statSync(join(dir, name)).mtimeMs]);

describe('the parse cache', () => {
  it('gives a warm run the output of a cold run and of an uncached one', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    const cold = await run(cwd, 'status', '--json', '--cache-location', cache);
    expect(entries(cache)).toHaveLength(2);
    expect(packedTitles(cache)).toEqual(['Other', 'vNext Milestones']);
    const warm = await run(cwd, 'status', '--json', '--cache-location', cache);
    const uncached = await run(cwd, 'status', '--json', '--no-cache');
    expect(cold.code).toBe(0);
    expect(warm).toEqual(cold);
    expect(uncached).toEqual(cold);
  });

  it('gives the same terminal output warm, cold and uncached, in colour and verbose', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    for (const [env, flags] of [[{}, []], [{}, ['--verbose']], [{ FORCE_COLOR: '1' }, ['--verbose']]] as const) {
      const uncached = await runWithEnv(cwd, env, 'status', ...flags, '--no-cache');
      expect(uncached.code).toBe(0);
      expect(uncached.stdout.includes('\u001b[')).toBe('FORCE_COLOR' in env);
      expect(await runWithEnv(cwd, env, 'status', ...flags, '--cache-location', cache)).toEqual(uncached);
      expect(await runWithEnv(cwd, env, 'status', ...flags, '--cache-location', cache)).toEqual(uncached);
    }
  });

  it('serves documents from the pack (a document changed in it shows)', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    await run(cwd, 'status', '--json', '--cache-location', cache);
    editPack(cache, renamed);
    expect(titles((await run(cwd, 'status', '--json', '--cache-location', cache)).stdout)).toContain('From the cache');
  });

  it('serves documents from the entries when there is no pack, and writes the pack again', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    await run(cwd, 'status', '--json', '--cache-location', cache);
    rmSync(join(cache, packs(cache)[0]!));
    for (const name of entries(cache)) {
      const path = join(cache, name);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"Other"', '"From the cache"'));
    }
    expect(titles((await run(cwd, 'status', '--json', '--cache-location', cache)).stdout)).toContain('From the cache');
    expect(packedTitles(cache)).toEqual(['From the cache', 'vNext Milestones']);
  });

  it('writes nothing on a warm run', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    await run(cwd, 'status', '--cache-location', cache);
    const before = stamps(cache);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await run(cwd, 'status', '--cache-location', cache);
    expect(stamps(cache)).toEqual(before);
  });

  it('parses a changed file again, serves the others from the pack, and writes the pack anew', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    await run(cwd, 'status', '--json', '--cache-location', cache);
    editPack(cache, (document) => (document.title === 'vNext Milestones' ? { ...document, title: 'Seed from the pack' } : document));
    writeFileSync(join(cwd, 'roadmap/other.md'), '---\ntitle: Changed\n---\n## Now\n\n- [ ] open\n');
    const warm = await run(cwd, 'status', '--json', '--cache-location', cache);
    expect(titles(warm.stdout)).toEqual(['Changed', 'Seed from the pack']);
    expect(packedTitles(cache)).toEqual(['Changed', 'Seed from the pack']);
    expect(entries(cache)).toHaveLength(3);
    const uncached = JSON.parse((await run(cwd, 'status', '--json', '--no-cache')).stdout);
    expect(JSON.parse(warm.stdout).roadmaps[0]).toEqual(uncached.roadmaps[0]);
  });

  it('keeps a pack for each set of files, and fills a new one from the entries', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    const one = await run(cwd, 'status', '--json', '--cache-location', cache, 'roadmap/other.md');
    const both = await run(cwd, 'status', '--json', '--cache-location', cache);
    expect(packs(cache)).toHaveLength(2);
    expect(entries(cache)).toHaveLength(2);
    expect(await run(cwd, 'status', '--json', '--cache-location', cache, 'roadmap/other.md')).toEqual(one);
    expect(await run(cwd, 'status', '--json', '--cache-location', cache)).toEqual(both);
  });

  it.each([
    ['garbage', 'not json at all'],
    ['truncated', '{"key":"'],
    ['another key', JSON.stringify({ key: 'other', strings: [], stream: [] })],
    ['a wrong shape', '{"key":"KEY","document":{"file":1}}'],
    ['a stream that names no string', '{"key":"KEY","strings":[],"stream":[7,7,7,-1,0,0,0,0,0,0,0]}'],
    ['a stream cut short', '{"key":"KEY","strings":["a"],"stream":[0,0,0,-1,0]}'],
    ['empty', ''],
  ])('ignores an entry that is %s, and writes it again', async (_name, content) => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    const cold = await run(cwd, 'status', '--json', '--cache-location', cache);
    // Without the pack, the entries are what a run reads.
    for (const name of packs(cache)) rmSync(join(cache, name));
    for (const name of entries(cache)) writeFileSync(join(cache, name), content.replace('KEY', name.slice(0, -5)));
    const rebuilt = await run(cwd, 'status', '--json', '--cache-location', cache);
    expect(rebuilt).toEqual(cold);
    for (const name of entries(cache)) expect(JSON.parse(readFileSync(join(cache, name), 'utf8')).key).toBe(name.slice(0, -5));
    expect(packedTitles(cache)).toEqual(['Other', 'vNext Milestones']);
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each<[string, (pack: Buffer) => Uint8Array | string]>([
    ['garbage', () => 'not a pack at all'],
    ['empty', () => ''],
    ['truncated', (pack) => pack.subarray(0, pack.length >> 1)],
    ['cut by a byte', (pack) => pack.subarray(0, pack.length - 1)],
    ['of another kind', (pack) => Buffer.concat([Buffer.from('XXXX'), pack.subarray(4)])],
    ['with a header longer than the file', (pack) => withWord(pack, 4, 0x7fffffff, 'LE')],
    ['with a header that is not JSON', (pack) => withByte(pack, 8, 0x7b ^ 0xff)],
    ['from a machine of the other byte order', (pack) => withWord(pack, streamStart(pack), 0x04030201, 'native')],
    ['with a string index out of range', (pack) => withWord(pack, streamStart(pack) + 4, 0x7fffffff, 'native')],
    ['with a count larger than the stream', (pack) => withWord(pack, streamStart(pack) + 24, 0x7fffffff, 'native')],
  ])('ignores a pack that is %s, and writes it again', async (_name, damage) => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    const cold = await run(cwd, 'status', '--json', '--cache-location', cache);
    const path = join(cache, packs(cache)[0]!);
    writeFileSync(path, damage(readFileSync(path)));
    expect(await run(cwd, 'status', '--json', '--cache-location', cache)).toEqual(cold);
    expect(packedTitles(cache)).toEqual(['Other', 'vNext Milestones']);
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('ignores a corrupt entry while the pack holds its document', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    const cold = await run(cwd, 'status', '--json', '--cache-location', cache);
    for (const name of entries(cache)) writeFileSync(join(cache, name), 'not json at all');
    expect(await run(cwd, 'status', '--json', '--cache-location', cache)).toEqual(cold);
  });

  it('keys entries by the settings parsing uses', async () => {
    const cwd = project({ 'roadmap/a.md': '# A\n\n## Area\n\n- [ ] task\n' });
    const cache = join(cwd, 'cache');
    const depth2 = JSON.parse((await run(cwd, 'status', '--json', '--cache-location', cache)).stdout);
    writeFileSync(join(cwd, 'roadmap.config.json'), JSON.stringify({ milestoneDepth: 3 }));
    const depth3 = JSON.parse((await run(cwd, 'status', '--json', '--cache-location', cache)).stdout);
    expect(depth2.roadmaps[0].milestones.map((m: { title: string }) => m.title)).toEqual(['Area']);
    // No heading of depth 3 above the task: it belongs to the file's implicit milestone.
    expect(depth3.roadmaps[0].milestones.map((m: { title: string }) => m.title)).toEqual(['A']);
    expect(entries(cache)).toHaveLength(2);
    expect(packs(cache)).toHaveLength(2);
  });

  it('writes nothing with --no-cache', async () => {
    const cwd = project({ 'package.json': '{}', 'roadmap/a.md': seedText() });
    const result = await run(cwd, 'status', '--no-cache');
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, 'node_modules'))).toBe(false);
  });

  it('does not keep a file that went over a limit', async () => {
    const cwd = project({ 'roadmap/deep.md': `${'> '.repeat(2000)}a\n`, 'roadmap/a.md': seedText() });
    const cache = join(cwd, 'cache');
    const result = await run(cwd, 'status', '--cache-location', cache);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('roadmap/deep.md:1:1  error  nested more than 1024 levels deep: not parsed  (parse-limit)');
    expect(entries(cache)).toHaveLength(1);
    expect(packedTitles(cache)).toEqual(['vNext Milestones']);
    // The file is judged again, and the pack, which has all it can hold, is not written again.
    const before = stamps(cache);
    expect(await run(cwd, 'status', '--cache-location', cache)).toEqual(result);
    expect(stamps(cache)).toEqual(before);
  });
});

/** Where a pack's stream begins: after the magic, the header length and the header. */
function streamStart(pack: Buffer): number {
  return (8 + pack.readUInt32LE(4) + 3) & ~3;
}

function withWord(pack: Buffer, offset: number, value: number, order: 'LE' | 'native'): Buffer {
  const copy = Buffer.from(pack);
  if (order === 'LE') copy.writeUInt32LE(value, offset);
  else new DataView(copy.buffer, copy.byteOffset).setInt32(offset, value, new Uint8Array(new Uint32Array([1]).buffer)[0] === 1);
  return copy;
}

function withByte(pack: Buffer, offset: number, value: number): Buffer {
  const copy = Buffer.from(pack);
  copy[offset] = value;
  return copy;
}

describe('the gate in CI', () => {
  // A cache folder can arrive with the checkout (a pull request may add node_modules/.cache):
  // in CI, check parses the files themselves unless the workflow names the cache's folder.
  it.each([[{ CI: 'true' }], [{ CI: '1' }], [{ GITHUB_ACTIONS: 'true' }]])('neither reads nor writes the default cache under %o', async (env) => {
    const cwd = project({ 'package.json': '{}', 'roadmap/a.md': seedText() });
    const result = await runWithEnv(cwd, env, 'check');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('roadmap/a.md:16:1  Resolve 4 critical security vulnerabilities');
    expect(existsSync(join(cwd, 'node_modules'))).toBe(false);
  });

  it('uses the default cache outside CI, and a cache named by --cache-location in CI', async () => {
    const cwd = project({ 'package.json': '{}', 'roadmap/a.md': seedText() });
    expect((await runWithEnv(cwd, { CI: 'false' }, 'check')).code).toBe(1);
    expect(entries(join(cwd, 'node_modules', '.cache', 'roadmap'))).toHaveLength(1);
    expect((await runWithEnv(cwd, { CI: 'true' }, 'check', '--cache-location', '.ci-cache')).code).toBe(1);
    expect(entries(join(cwd, '.ci-cache'))).toHaveLength(1);
  });
});

describe('where the cache lives', () => {
  it('is node_modules/.cache/roadmap of the nearest folder with a package.json', async () => {
    const root = project({ 'package.json': '{}', 'docs/roadmap/a.md': seedText() });
    const result = await run(join(root, 'docs'), 'status');
    expect(result.code).toBe(0);
    expect(entries(join(root, 'node_modules', '.cache', 'roadmap'))).toHaveLength(1);
  });

  it('is $XDG_CACHE_HOME/roadmap outside any package', async () => {
    const cwd = project({ 'roadmap/a.md': seedText() });
    const home = mkdtempSync(join(tmpdir(), 'roadmap-xdg-'));
    const result = await runWithEnv(cwd, { XDG_CACHE_HOME: home }, 'status');
    expect(result.code).toBe(0);
    expect(entries(join(home, 'roadmap'))).toHaveLength(1);
    expect(existsSync(join(cwd, 'node_modules'))).toBe(false);
  });

  it('is the folder --cache-location names, relative to --cwd', async () => {
    const cwd = project({ 'package.json': '{}', 'roadmap/a.md': seedText() });
    await run(cwd, 'status', '--cache-location', '.roadmap-cache');
    expect(entries(join(cwd, '.roadmap-cache'))).toHaveLength(1);
    expect(existsSync(join(cwd, 'node_modules'))).toBe(false);
  });

  it('stays cold, silently, where it cannot be written', async () => {
    const cwd = project({ 'roadmap/a.md': seedText(), blocked: 'a file where the cache folder would go' });
    const result = await run(cwd, 'status', '--cache-location', 'blocked/cache');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
