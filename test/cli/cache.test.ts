/**
 * The parse cache: a warm run says exactly what a cold one says; an entry that is corrupt or
 * unreadable is ignored and written again; --no-cache and --cache-location do what they say; the
 * default folder is node_modules/.cache/roadmap of the nearest package, else the user's cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, seedText } from '../helpers/fixtures.js';
import { run, runWithEnv } from '../helpers/io.js';

const entries = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : []);

function twoFileProject(): string {
  return project({
    'roadmap/seed.md': seedText(),
    'roadmap/other.md': '---\ntitle: Other\n---\n# Ignored\n\n## Now\n\n- [x] done\n- [ ] open (due 2026-01-15) @ana #ops\n',
  });
}

describe('the parse cache', () => {
  it('gives a warm run the output of a cold run and of an uncached one', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    const cold = await run(cwd, 'status', '--json', '--cache-location', cache);
    expect(entries(cache)).toHaveLength(2);
    const warm = await run(cwd, 'status', '--json', '--cache-location', cache);
    const uncached = await run(cwd, 'status', '--json', '--no-cache');
    expect(cold.code).toBe(0);
    expect(warm).toEqual(cold);
    expect(uncached).toEqual(cold);
  });

  it('serves documents from the cache (an entry changed by hand shows)', async () => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    await run(cwd, 'status', '--json', '--cache-location', cache);
    for (const name of entries(cache)) {
      const path = join(cache, name);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"title":"Other"', '"title":"From the cache"'));
    }
    const warm = JSON.parse((await run(cwd, 'status', '--json', '--cache-location', cache)).stdout);
    expect(warm.roadmaps.map((r: { title: string }) => r.title)).toContain('From the cache');
  });

  it.each([
    ['garbage', 'not json at all'],
    ['truncated', '{"key":"'],
    ['another key', JSON.stringify({ key: 'other', document: {} })],
    ['a wrong shape', '{"key":"KEY","document":{"file":1}}'],
    ['empty', ''],
  ])('ignores an entry that is %s, and writes it again', async (_name, content) => {
    const cwd = twoFileProject();
    const cache = join(cwd, 'cache');
    const cold = await run(cwd, 'status', '--json', '--cache-location', cache);
    for (const name of entries(cache)) writeFileSync(join(cache, name), content.replace('KEY', name.slice(0, -5)));
    const rebuilt = await run(cwd, 'status', '--json', '--cache-location', cache);
    expect(rebuilt).toEqual(cold);
    for (const name of entries(cache)) expect(JSON.parse(readFileSync(join(cache, name), 'utf8')).key).toBe(name.slice(0, -5));
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
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
