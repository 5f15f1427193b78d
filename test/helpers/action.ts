/** The Action as the runner sees it: action.yml, and the INPUT_* variables it sets from it. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string; required: boolean }>;
  runs: Record<string, unknown>;
};

/** The INPUT_* variables the runner sets: action.yml's defaults, then the workflow's `with:`. */
export function inputEnv(given: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) env[`INPUT_${name.toUpperCase()}`] = given[name] ?? spec.default;
  return env;
}
