/**
 * The composite action (action.yml): its inputs, and its check step's script run by bash against
 * the built CLI, as the runner would run it once the `${{ }}` expressions are in its environment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { project, seedProject } from '../helpers/fixtures.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'working-directory'?: string;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};
const checkStep = action.runs.steps.find((step) => step.id === 'check')!;

function runCheckStep(cwd: string, inputs: { paths?: string; failOn?: string; failOnOverdue?: string }) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', checkStep.run!], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      ROADMAP_TODAY: '2026-11-27',
      NO_COLOR: '1',
      ROADMAP_CLI: CLI,
      INPUT_PATHS: inputs.paths ?? '',
      INPUT_FAIL_ON: inputs.failOn ?? '',
      INPUT_FAIL_ON_OVERDUE: inputs.failOnOverdue ?? action.inputs['fail-on-overdue']!.default,
    },
  });
}

describe('action.yml', () => {
  it('is a composite action on node 20 with its four inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'fail-on', 'fail-on-overdue', 'working-directory']);
    const setup = action.runs.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe(20);
    expect(checkStep['working-directory']).toBe('${{ inputs.working-directory }}');
  });

  it('never splices an input into a script', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
  });
});

describe.skipIf(!existsSync(CLI))('the check step, run by bash against dist/cli.js', () => {
  it('with no inputs: the default paths and gate', () => {
    const result = runCheckStep(seedProject(), {});
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('roadmap/vnext.md:16:1  Resolve 4 critical');
    expect(result.stdout).toContain('BLOCKED  vNext Milestones: 5 open tasks (critical)\n');
  });

  it('passes fail-on, and paths split on white space without the shell expanding globs', () => {
    const dir = project({
      'plans/a.md': '# A\n\n## Short-term\n\n- [ ] soon\n',
      'plans/b.md': '# B\n\n## Critical\n\n- [x] done\n',
      'other/c.md': '# C\n\n## Critical\n\n- [ ] not asked for\n',
    });
    const result = runCheckStep(dir, { paths: 'plans/a.md\n  plans/*.md', failOn: 'high' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      ['plans/a.md:5:1  soon  (Short-term, high)', 'BLOCKED  A: 1 open task (high)', 'CLEAR  B: no open task blocks it (fail-on high)', ''].join('\n'),
    );
  });

  it('passes fail-on-overdue: true fails on an overdue milestone, false leaves it a warning', () => {
    const late = project({ 'roadmap/a.md': '# A\n\n## Docs\n**Due**: 2026-01-01\n\n- [ ] write\n' });
    const warned = runCheckStep(late, {});
    expect(warned.status).toBe(0);
    expect(warned.stderr).toBe('roadmap/a.md:3:1  warning  Docs is overdue since 2026-01-01 (0/1 done)  (overdue)\n');
    const failed = runCheckStep(late, { failOnOverdue: 'true' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('OVERDUE  A: 1 milestone overdue (fail-on-overdue); no open task blocks it (fail-on critical)\n');
    expect(runCheckStep(late, { failOnOverdue: 'false' }).status).toBe(0);
  });

  it('exits 2 on a fail-on-overdue that is neither true nor false', () => {
    const result = runCheckStep(seedProject(), { failOnOverdue: 'yes' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('roadmap: fail-on-overdue must be true or false, not "yes"\n');
  });

  it('exits 2 on a bad fail-on', () => {
    const result = runCheckStep(seedProject(), { failOn: 'urgent' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('roadmap: --fail-on must be one of critical, high, medium, low, not "urgent"\n');
  });
});
