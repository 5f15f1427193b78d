/**
 * The Action's inputs, as the runner hands them to a JavaScript action: one environment variable
 * per input, `INPUT_` and the input's name upper-cased with its dashes kept (`INPUT_FAIL-ON`),
 * holding the `with:` value or action.yml's default. All are read and checked before anything
 * runs, so that a typo in a workflow is one line and exit 2, never a gate that quietly passes.
 */
import { resolve } from 'node:path';
import { GATE_TIERS } from '../cli/commands/check-options.js';
import { UsageError } from '../errors.js';
import type { Tier } from '../model/types.js';
import { neutralise } from '../render/sanitize.js';

export interface ActionInputs {
  /** Files, directories or globs, as written: the CLI expands globs itself, no shell ever does. */
  paths: string[];
  /** Unset: the config's gate.failOn, else critical. */
  failOn: Tier | undefined;
  failOnOverdue: boolean;
  /** Absolute. */
  workingDirectory: string;
  /** On a pull request, what it does to the roadmap (`roadmap diff`) goes to the job summary. */
  diff: boolean;
  /** Absolute; where the diff's markdown is also written, for a comment step. */
  diffFile: string | undefined;
}

/** Every input action.yml declares, in its order; a test keeps the two lists equal. */
export const INPUT_NAMES = ['paths', 'fail-on', 'fail-on-overdue', 'working-directory', 'diff', 'diff-file'] as const;
type InputName = (typeof INPUT_NAMES)[number];

type Env = Readonly<Record<string, string | undefined>>;

/** `cwd` is the step's own working directory (the workspace, on a runner). */
export function readInputs(env: Env, cwd: string): ActionInputs {
  const text = (name: InputName) => input(env, name)?.trim() ?? '';
  const diffFile = text('diff-file');
  return {
    paths: (input(env, 'paths') ?? '').split(/\s+/).filter((path) => path !== ''),
    failOn: failOn(text('fail-on')),
    failOnOverdue: booleanInput('fail-on-overdue', text('fail-on-overdue'), false),
    workingDirectory: resolve(cwd, text('working-directory') || '.'),
    diff: booleanInput('diff', text('diff'), true),
    // Relative to the workspace, where the step that posts it runs, not to working-directory.
    diffFile: diffFile === '' ? undefined : resolve(cwd, diffFile),
  };
}

/** The runner's name for an input, else the same with underscores, which a shell can set too. */
function input(env: Env, name: InputName): string | undefined {
  const upper = name.toUpperCase();
  return env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replaceAll('-', '_')}`];
}

function failOn(value: string): Tier | undefined {
  if (value === '') return undefined;
  const tier = GATE_TIERS.find((candidate) => candidate === value);
  if (tier === undefined) throw new UsageError(`fail-on must be one of ${GATE_TIERS.join(', ')}, not "${neutralise(value)}"`);
  return tier;
}

/** The spellings the Actions toolkit's getBooleanInput takes (YAML 1.2's booleans); empty is the default. */
function booleanInput(name: InputName, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`${name} must be true or false, not "${neutralise(value)}"`);
}
