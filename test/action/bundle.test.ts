/**
 * The committed bundle, action/index.js, is what the runner starts: it must be exactly what the
 * source builds to (the check-dist convention; `npm run build:action` brings it up to date), and
 * it must run on its own — no node_modules, no npm, no network — as the runner runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedProject, seedText } from '../helpers/fixtures.js';
import { gitRepo } from '../helpers/git-repo.js';
import { inputEnv, ROOT } from '../helpers/action.js';
const BUNDLE = join(ROOT, 'action', 'index.js');

describe('action/index.js', () => {
  it('is what the source builds to: run `npm run build:action` after changing src/', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'roadmap-action-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-action.mjs'), fresh], { cwd: ROOT, stdio: 'pipe' });
    for (const file of ['index.js', 'package.json']) {
      const committed = readFileSync(join(ROOT, 'action', file), 'utf8');
      // Not toEqual on two megabytes: a mismatch would print both.
      expect(committed === readFileSync(join(fresh, file), 'utf8'), `action/${file} is stale: npm run build:action`).toBe(true);
    }
  });

  it('imports nothing but node built-ins', () => {
    // Code, not the doc comments carried over from dependencies (`*   import {unified} from 'unified'`).
    const code = readFileSync(BUNDLE, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/)/.test(line))
      .join('\n');
    const specifiers = [...code.matchAll(/(?:^|[\s;(=])(?:import\s[^'"]*?from\s*|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
    expect(specifiers).toContain('node:fs');
    const builtins = new Set(builtinModules);
    expect(specifiers.filter((s) => !s.startsWith('node:') && !builtins.has(s))).toEqual([]);
  });

  /** The bundle alone in a folder, started by node as the runner starts it, with an `npm` on PATH that records any call. */
  function runBundle(cwd: string, env: Record<string, string>) {
    const home = mkdtempSync(join(tmpdir(), 'roadmap-runner-'));
    cpSync(join(ROOT, 'action'), join(home, 'action'), { recursive: true });
    const bin = join(home, 'bin');
    const calls = join(home, 'npm-calls');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    for (const tool of ['npm', 'npx']) {
      writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> '${calls}'\nexit 1\n`);
      chmodSync(join(bin, tool), 0o755);
    }
    const summary = join(home, 'summary.md');
    writeFileSync(summary, '');
    const result = spawnSync(join(bin, 'node'), [join(home, 'action', 'index.js')], {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: `${bin}:/usr/bin:/bin`,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: cwd,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: home,
        ROADMAP_TODAY: '2026-11-27',
        ...env,
      },
    });
    return { ...result, summary: readFileSync(summary, 'utf8'), npmCalls: existsSync(calls) ? readFileSync(calls, 'utf8') : '' };
  }

  it('on the seed: exit 1, five error annotations, the job summary; npm never called', () => {
    const result = runBundle(seedProject(), inputEnv());
    expect(result.stderr).not.toContain('internal error');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error file=roadmap/vnext.md,line='))).toHaveLength(5);
    expect(result.stdout).toContain('BLOCKED  vNext Milestones: 5 open tasks (critical)');
    expect(result.summary).toContain('Resolve 4 critical security vulnerabilities');
    expect(result.npmCalls).toBe('');
  });

  it('on a pull request: the diff from its base in the job summary, through git', () => {
    const repo = gitRepo();
    const base = repo.commit('2026-11-20', { 'roadmap/vnext.md': seedText() });
    repo.commit('2026-11-26', { 'roadmap/vnext.md': seedText().replace('- [ ] Resolve 4 critical', '- [x] Resolve 4 critical') });
    const event = join(mkdtempSync(join(tmpdir(), 'roadmap-event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));
    const result = runBundle(repo.dir, { ...inputEnv(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(result.stderr).not.toContain('internal error');
    expect(result.status).toBe(1);
    expect(result.summary).toContain('## Roadmap changes');
    expect(result.summary).toContain('Resolve 4 critical security vulnerabilities (hardcoded credentials)');
    expect(result.npmCalls).toBe('');
  });

  it('exits 2 with one line on a bad input', () => {
    const result = runBundle(seedProject(), { ...inputEnv(), 'INPUT_FAIL-ON': 'urgent' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('roadmap: fail-on must be one of critical, high, medium, low, not "urgent"\n');
  });
});
