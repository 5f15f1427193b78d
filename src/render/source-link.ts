/**
 * Links from a report to a line of a roadmap file, in the `file#L16` form GitHub, GitLab and
 * most markdown viewers understand, relative to where the report lies.
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
  return line === null ? encoded : `${encoded}#L${line}`;
}

/** An absolute path in posix form, `C:\x` as `/C:/x`: posix.relative of two such never reads the process's cwd. */
function rooted(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  return slashed.startsWith('/') ? slashed : `/${slashed}`;
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
