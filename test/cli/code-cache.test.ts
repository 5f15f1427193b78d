/**
 * The built bin compiles its start-up script with the V8 code cache made at build time
 * (scripts/merge-start-up.mjs). Whatever the cache holds, the output is the same; the bin reads it
 * only beside its own script and never writes one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedProject } from '../helpers/fixtures.js';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** dist/ copied (with the package's type) to a folder of its own, for a cache to be damaged in. */
function distCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-dist-'));
  copies.push(dir);
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  return join(dir, 'dist');
}

function check(dist: string, cwd: string) {
  const result = spawnSync(process.execPath, [join(dist, 'cli.js'), 'check', '--verbose'], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, CI: 'true', NO_COLOR: '1', ROADMAP_TODAY: '2026-11-27' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below `dir`, with its size and time of change. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name} ${stat.size} ${stat.mtimeMs}`;
    });
}

describe('the code cache', () => {
  const seed = seedProject();
  const expected = check(DIST, seed);

  it('is built beside the script it belongs to', () => {
    expect(expected.code).toBe(1);
    expect(expected.stdout).toContain('BLOCKED');
    expect(readFileSync(join(DIST, 'core.cache')).length).toBeGreaterThan(0);
  });

  // V8 checks a cache's header (its version, its flags, the length of the source and of the code)
  // and refuses one that does not fit; it does not check every byte of the code, which is as much
  // a part of the package as the script is.
  it('changes nothing the bin prints when it is missing, cut short, not a cache, or made for another script', () => {
    const missing = distCopy();
    rmSync(join(missing, 'core.cache'));
    expect(check(missing, seed)).toEqual(expected);

    const short = distCopy();
    const bytes = readFileSync(join(short, 'core.cache'));
    writeFileSync(join(short, 'core.cache'), bytes.subarray(0, bytes.length >> 1));
    expect(check(short, seed)).toEqual(expected);

    const foreign = distCopy();
    writeFileSync(join(foreign, 'core.cache'), 'not a code cache');
    expect(check(foreign, seed)).toEqual(expected);

    const other = distCopy();
    writeFileSync(join(other, 'core.cjs'), `${readFileSync(join(other, 'core.cjs'), 'utf8')}// another build\n`);
    expect(check(other, seed)).toEqual(expected);
  });

  it('is never written by a run, and never read from the roadmap folder', () => {
    const dist = distCopy();
    const before = listing(dist);
    // A planted cache in the checkout is a file like any other there.
    writeFileSync(join(seed, 'core.cache'), 'planted');
    try {
      expect(check(dist, seed)).toEqual(expected);
    } finally {
      rmSync(join(seed, 'core.cache'));
    }
    expect(listing(dist)).toEqual(before);
  });
});

describe('a broken install', () => {
  it.each([
    ['a missing start-up script', (dist: string) => rmSync(join(dist, 'core.cjs'))],
    ['a start-up script that does not compile', (dist: string) => writeFileSync(join(dist, 'core.cjs'), '(function () { this is not javascript')],
  ])('%s is a crash: exit 2, never 1, which would read as blocked', (_, breakIt) => {
    const dist = distCopy();
    breakIt(dist);
    const result = check(dist, seedProject());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^roadmap: internal error: cannot load .*core\.cjs\n/);
  });
});
