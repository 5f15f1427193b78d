/**
 * Links from a report to a line of a roadmap file, relative to where the report lies:
 * `file?plain=1#L16`. GitHub shows a markdown file rendered and ignores `#L16` there; `?plain=1`
 * asks for its source, where the line is highlighted. Other viewers ignore the query.
 */
import { posix } from 'node:path';
import type { LinkBase } from '../model/types.js';

const ABSOLUTE = /^(?:\/|[A-Za-z]:\/)/;
const DRIVE = /^[A-Za-z]:$/;

/**
 * `file` is relative to the working directory with `/` separators (absolute for a file outside
 * it, and then left so). Without a base the link is relative to the working directory.
 */
export function sourceHref(file: string, line: number | null, base?: LinkBase): string {
  const path = base === undefined || ABSOLUTE.test(file) ? file : posix.relative(rooted(base.reportDir), posix.join(rooted(base.cwd), file));
  // Each segment is percent-encoded so that no file name can end the link, open a fragment
  // (`#`) or a query, or break the table cell the link stands in (`|`).
  const encoded = path
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' || DRIVE.test(segment) ? segment : encodeSegment(segment)))
    .join('/');
  return line === null ? encoded : `${encoded}${lineFragment(line)}`;
}

/** `?plain=1#L16`: the query that makes GitHub show a markdown file's source, and the line. */
export function lineFragment(line: number): string {
  return `?plain=1#L${line}`;
}

/**
 * An absolute link to a line of a file at the commit a workflow runs on,
 * `https://github.com/owner/repo/blob/sha/path?plain=1#L16`, from the variables every Actions
 * job has; null outside Actions. `path` is from the repository root.
 */
export function blobHref(env: Readonly<Record<string, string | undefined>>, path: string, line: number): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha || !/^https?:\/\//.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha)) {
    return null;
  }
  const encoded = path.split('/').map(encodeSegment).join('/');
  return `${server.replace(/\/+$/, '')}/${repository}/blob/${sha}/${encoded}${lineFragment(line)}`;
}

/** An absolute path in posix form, `C:\x` as `/C:/x`: posix.relative of two such never reads the process's cwd. */
function rooted(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  return slashed.startsWith('/') ? slashed : `/${slashed}`;
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
