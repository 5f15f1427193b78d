/**
 * Atomic writes for `report -o`, `diff -o` and `lint --fix`: a temporary file in the same folder, flushed to
 * disk, then renamed over the target. A failure at any step leaves the target as it was and no
 * temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // Keep the target's permissions when it exists.
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => 0o644,
  );
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * A command's output (`what`) written to FILE (`shown` as the user wrote it), only over a regular file: a
 * rename over a symbolic link or a device would replace the link or the device node.
 */
export async function writeOutput(target: string, shown: string, content: string, what = 'output'): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (info?.isSymbolicLink()) throw new InputError(`${shown}: is a symbolic link; ${what} is written only over a regular file`);
  if (info?.isDirectory()) throw new InputError(`${shown}: cannot be written (EISDIR)`);
  if (info && !info.isFile()) throw new InputError(`${shown}: not a regular file; ${what} is written only over a regular file`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new InputError(`${shown}: cannot be written (${code})`);
  }
}
