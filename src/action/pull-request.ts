/**
 * The pull request a workflow run is for, from the event payload the runner writes to
 * `GITHUB_EVENT_PATH`. Only `pull_request` events: there the checkout is the pull request merged
 * into its base, so base → work tree is what the pull request does. (`pull_request_target` checks
 * out the base branch itself, and running on a fork's code there is what that event exists to avoid.)
 */
import { readBounded } from '../load/bounded.js';

/** Event payloads are small; a larger file is not what the runner wrote. */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;

export type PullRequestBase =
  | { base: string }
  /** Not a pull request run: nothing to compare, nothing to say. */
  | { none: true }
  /** A pull request run whose payload cannot be read: worth a warning. */
  | { unreadable: string };

export function pullRequestBase(env: Readonly<Record<string, string | undefined>>): PullRequestBase {
  if (env.GITHUB_EVENT_NAME !== 'pull_request') return { none: true };
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { unreadable: 'GITHUB_EVENT_PATH is not set' };
  const read = readBounded(path, { maxBytes: MAX_EVENT_BYTES });
  if ('missing' in read) return { unreadable: `${path} does not exist` };
  if ('refused' in read) return { unreadable: `${path}: ${read.refused}` };
  let event: unknown;
  try {
    event = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return { unreadable: `${path} is not JSON` };
  }
  const sha = (event as { pull_request?: { base?: { sha?: unknown } } } | null)?.pull_request?.base?.sha;
  // Checked as a commit id, since it becomes an argument of git.
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) return { unreadable: `${path} names no pull_request.base.sha` };
  return { base: sha };
}
