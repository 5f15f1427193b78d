/**
 * A file's bytes exactly as stored, for commands that rewrite a file in place (`lint --fix`).
 * A symbolic link is refused: rewriting it would replace the link with a file, or write
 * somewhere the user did not name.
 */
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

export type RawFile = { bytes: Uint8Array } | { refused: string };

export async function readRaw(absolute: string, maxFileSize: number): Promise<RawFile> {
  try {
    if ((await lstat(absolute)).isSymbolicLink()) return { refused: 'a symbolic link' };
    // O_NOFOLLOW: a link swapped in after the check is refused by the open itself.
    const handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { refused: 'not a regular file' };
      if (info.size > maxFileSize) return { refused: `larger than --max-file-size (${info.size} bytes)` };
      return { bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: code === 'ELOOP' ? 'a symbolic link' : `cannot be read (${code ?? 'error'})` };
  }
}
