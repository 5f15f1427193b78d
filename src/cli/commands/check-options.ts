/** The options `check` adds to the shared ones: a module of its own, light, so that building the
 *  command line does not load the check command itself. */
import { Option } from 'commander';
import { UsageError } from '../../errors.js';
import { TIERS } from '../../model/tier.js';
import type { Tier } from '../../model/types.js';
import { neutralise } from '../../render/sanitize.js';
import type { SharedOptions } from '../options.js';

export interface CheckOptions extends SharedOptions {
  failOn?: Tier;
  failOnOverdue?: boolean;
}

/** The levels the gate can be set to; `unprioritized` is not a level anyone asks to fail on. */
export const GATE_TIERS: readonly Tier[] = TIERS.filter((tier) => tier !== 'unprioritized');

export function failOnOption(): Option {
  return new Option(
    '--fail-on <tier>',
    `fail on open tasks of this tier or above: ${GATE_TIERS.join(', ')} (default: gate.failOn in the config, else critical)`,
  ).argParser(parseFailOn);
}

function parseFailOn(value: string): Tier {
  const tier = GATE_TIERS.find((candidate) => candidate === value);
  // A UsageError rather than commander's own: one line on stderr, like every other usage error.
  if (tier === undefined) throw new UsageError(`--fail-on must be one of ${GATE_TIERS.join(', ')}, not "${neutralise(value)}"`);
  return tier;
}
