/**
 * `roadmap.config.json` (or --config): read, validated with zod, resolved into Settings.
 * A mistake in it is one line naming the key path, and exit 2.
 */
import { relative, resolve } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { readBounded } from '../load/bounded.js';
import { DEFAULT_SETTINGS } from '../model/tier.js';
import { neutralise } from '../render/sanitize.js';
import type { Config, Settings } from '../model/types.js';

export const CONFIG_FILE = 'roadmap.config.json';

/** Far past any real configuration; a larger file (or `/dev/zero` named as one) is refused unread. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  config: Config;
  settings: Settings;
  /** The file it came from, or null when there is none. */
  path: string | null;
}

export async function loadConfig(cwd: string, explicit: string | undefined): Promise<LoadedConfig> {
  const path = resolve(cwd, explicit ?? CONFIG_FILE);
  const shown = relative(cwd, path) || path;
  const read = readBounded(path, { maxBytes: MAX_CONFIG_BYTES });
  if ('missing' in read) {
    if (explicit === undefined) return { config: {}, settings: DEFAULT_SETTINGS, path: null };
    throw new InputError(`${shown}: cannot read the configuration (ENOENT)`);
  }
  if ('refused' in read) {
    const why = read.code && read.code !== 'EFBIG' ? `(${read.code})` : `(${read.refused})`;
    throw new InputError(`${shown}: cannot read the configuration ${why}`);
  }
  const text = read.bytes.toString('utf8');
  let raw: unknown;
  try {
    // A BOM is no part of JSON, but editors on Windows write one.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${shown}${jsonErrorAt(text, error as Error)}`);
  }
  // zod and the schemas load only when there is a file to check: building them costs start-up.
  const { Config: ConfigSchema } = await import('../model/schema.js');
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) throw new InputError(`${shown}: ${describeIssue(result.error.issues[0]!)}`);
  return { config: result.data, settings: toSettings(result.data), path };
}

/**
 * `:line:column: not valid JSON (reason)` on one line. JSON.parse's message may quote the
 * file, newlines included; only its reason is kept.
 */
function jsonErrorAt(text: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message);
  const where = position ? `:${lineColumn(text.replace(/^\uFEFF/, ''), Number(position[1]))}` : '';
  const reason = neutralise(error.message.replace(/,? "[\s\S]*" is not valid JSON$|\s+in JSON at position[\s\S]*$/, ''));
  return `${where}: not valid JSON (${reason.replace(/\s+/g, ' ').trim().slice(0, 120)})`;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => (at === '(root)' ? key : `${at}.${key}`));
    return `unknown key ${keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return `${at}: ${issue.message}`;
}

export function toSettings(config: Config): Settings {
  return {
    milestoneDepth: config.milestoneDepth ?? DEFAULT_SETTINGS.milestoneDepth,
    tierWords: {
      critical: config.tiers?.critical ?? [],
      high: config.tiers?.high ?? [],
      medium: config.tiers?.medium ?? [],
      low: config.tiers?.low ?? [],
    },
    blockingWords: config.blockingWords ?? [],
    failOn: config.gate?.failOn ?? DEFAULT_SETTINGS.failOn,
  };
}
