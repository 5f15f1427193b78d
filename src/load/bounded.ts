/**
 * Every read of a file the user (or a checkout) may have put anything at: the configuration, the
 * committed report `report --check` compares with, a file `lint --fix` rewrites. The file is opened
 * once without waiting (a FIFO has no writer), checked through its handle to be a regular file
 * (not `/dev/zero`, a FIFO or a folder) no larger than a cap, and only then read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

export interface BoundedReadOptions {
  /** Larger files are refused unread. */
  maxBytes: number;
  /** Refuse a symbolic link instead of following it (a file about to be rewritten in place). */
  noFollow?: boolean;
}

export type BoundedRead =
  | { bytes: Buffer }
  | { missing: true }
  /** Why the file was not read, in words: "not a regular file", "cannot be read (EACCES)". */
  | { refused: string; code?: string };

export function readBounded(path: string, options: BoundedReadOptions): BoundedRead {
  let fd: number;
  try {
    if (options.noFollow && lstatSync(path).isSymbolicLink()) return { refused: 'a symbolic link' };
    // O_NOFOLLOW as well: a link swapped in after the check is refused by the open itself.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
  } catch (error) {
    return failure(error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { refused: 'cannot be read (EISDIR)', code: 'EISDIR' };
    if (!info.isFile()) return { refused: 'not a regular file' };
    if (info.size > options.maxBytes) return TOO_LARGE(options.maxBytes);
    // Read to the end, not to the size fstat gave: a file that grew since is still held to the cap.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(info.size - length, 65_536));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > options.maxBytes) return TOO_LARGE(options.maxBytes);
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length) };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

/** `code` EFBIG: the file is larger than the cap (which, for a comparison, already answers it). */
const TOO_LARGE = (maxBytes: number): BoundedRead => ({ refused: `larger than ${maxBytes} bytes`, code: 'EFBIG' });

function failure(error: unknown): BoundedRead {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT') return { missing: true };
  if (code === 'ELOOP') return { refused: 'a symbolic link', code };
  return { refused: `cannot be read (${code})`, code };
}
