/**
 * The package as npm publishes it: its name and bin, exactly the files users need (the bundles,
 * the declarations, the config's JSON Schema, README, LICENSE, CHANGELOG), and a changelog whose
 * newest release is the version being published. `npm run smoke:pack` installs the real tarball.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/action.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  exports: Record<string, Record<string, string>>;
  files: string[];
};

/** What `npm pack` would put in the tarball, from the dist/ built for the tests. */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path).sort();
}

describe('the npm package', () => {
  it('is roadmap-cli, whose command is roadmap', () => {
    expect(pkg.name).toBe('roadmap-cli');
    expect(pkg.bin).toEqual({ roadmap: 'dist/cli.js' });
    expect(pkg.exports['.']).toEqual({ types: './dist/types/index.d.ts', default: './dist/index.js' });
    expect(readFileSync(join(ROOT, 'src', 'cli.ts'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('holds only what users need', () => {
    const files = packedFiles();
    const needed = /^(dist\/[\w-]+\.js|dist\/core\.cjs|dist\/core\.cache|dist\/types\/[\w/.-]+\.d\.ts|schema\/roadmap\.config\.schema\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
    expect(files.filter((file) => !needed.test(file))).toEqual([]);
    for (const file of ['dist/cli.js', 'dist/core.cjs', 'dist/core.cache', 'dist/index.js', 'dist/count-worker.js', 'schema/roadmap.config.schema.json', 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      expect(files).toContain(file);
    }
  });
});

describe('CHANGELOG.md', () => {
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const releases = [...changelog.matchAll(/^## \[(.+?)\](.*)$/gm)].map((m) => ({ version: m[1]!, rest: m[2]! }));

  it('keeps a changelog: Unreleased first, then releases newest first, each dated', () => {
    expect(releases[0]).toEqual({ version: 'Unreleased', rest: '' });
    const versions = releases.slice(1);
    expect(versions.length).toBeGreaterThan(0);
    for (const { version, rest } of versions) {
      expect(version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
      expect(rest).toMatch(/^ - \d{4}-\d{2}-\d{2}$/);
    }
    const order = versions.map(({ version }) => version.split(/[.-]/).slice(0, 3).map(Number));
    const sorted = [...order].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!);
    expect(order).toEqual(sorted);
  });

  it('names the version in package.json as its newest release', () => {
    expect(releases[1]?.version).toBe(pkg.version);
  });
});

describe('a release', () => {
  const notes = (tag: string) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'release-notes.mjs'), tag], { encoding: 'utf8' });

  it("takes its notes from the changelog section of package.json's version", () => {
    const result = notes(`v${pkg.version}`);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^The first release|^### /);
    expect(result.stdout).not.toContain(`## [${pkg.version}]`);
    expect(result.stdout).not.toContain('## [Unreleased]');
  });

  it.each([
    ['a tag that is not the version', 'v99.0.0', `release-notes: the tag is 99.0.0, package.json's version is ${pkg.version}\n`],
    ['a tag that is not semver', 'latest', 'release-notes: "latest" is not a semver tag (vX.Y.Z)\n'],
  ])('refuses %s, in one line', (_, tag, message) => {
    const result = notes(tag);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(message);
  });

  it('is made by a workflow on a vX.Y.Z tag that checks the notes first and moves the major tag last', () => {
    const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      jobs: { release: { steps: { run?: string; name?: string }[] } };
    };
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const runs = workflow.jobs.release.steps.map((step) => step.run ?? '');
    const at = (text: string) => runs.findIndex((run) => run.includes(text));
    expect(at('release-notes.mjs')).toBeGreaterThanOrEqual(0);
    expect(at('release-notes.mjs')).toBeLessThan(at('npm publish'));
    expect(at('npm test')).toBeLessThan(at('npm publish'));
    expect(at('git push -f origin "refs/tags/$major"')).toBe(runs.length - 1);
  });
});
