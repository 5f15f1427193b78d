/** The only file-system reads of the core: resolve the inputs, then read and decode each file. */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Diagnostic, SourceFile } from '../model/types.js';
import { decode } from './decode.js';
import { type FileRef, resolvePaths } from './resolve-paths.js';

export { DEFAULT_INCLUDE, type FileRef, resolvePaths } from './resolve-paths.js';

export interface LoadOptions {
  cwd: string;
  /** Files larger than this are not read: a `parse-limit` error names them. */
  maxFileSize: number;
  /** The configuration file, when the inputs are its `include`: they must stay in the tree. */
  configuredIn?: string;
}

/** A file that was found but could not be judged: named, and the run exits 2. */
export interface LoadedFile extends SourceFile {
  /** True when the text could not be read at all or was refused; `text` is then empty. */
  refused: boolean;
}

/**
 * A file as read, before decoding: its bytes, or why it was not read. Its text and reading
 * diagnostics follow from the path and the bytes alone (`decodeFile`).
 */
export type ReadFile = { path: string; bytes: Uint8Array } | { path: string; refusal: Diagnostic };

export async function loadFiles(inputs: readonly string[], options: LoadOptions): Promise<LoadedFile[]> {
  return (await readFiles(inputs, options)).map(decodeFile);
}

export async function readFiles(inputs: readonly string[], options: LoadOptions): Promise<ReadFile[]> {
  const refs = await resolvePaths(inputs, options.cwd, { configuredIn: options.configuredIn });
  return refs.map((ref) => readBytes(ref, options.maxFileSize));
}

export function decodeFile(file: ReadFile): LoadedFile {
  if ('refusal' in file) return { path: file.path, text: '', diagnostics: [file.refusal], refused: true };
  const decoded = decode(file.path, file.bytes);
  return { path: file.path, text: decoded.text ?? '', diagnostics: decoded.diagnostics, refused: false };
}

function readBytes(ref: FileRef, maxFileSize: number): ReadFile {
  try {
    // Opened once and checked through the handle, so a file swapped after the check is not read.
    // O_NONBLOCK: opening a FIFO that slipped past the resolver must not wait for a writer.
    // Synchronous calls: for hundreds of small files they take a tenth of the time of the
    // promise API's round trips through the thread pool, and there is nothing to overlap.
    const fd = openSync(ref.absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return refuse(ref.display, 'unreadable', 'not a regular file');
      if (info.size > maxFileSize) {
        return refuse(ref.display, 'parse-limit', `larger than --max-file-size (${info.size} > ${maxFileSize} bytes)`);
      }
      return { path: ref.display, bytes: readAll(fd, info.size) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return refuse(ref.display, 'unreadable', `cannot be read (${code})`);
  }
}

/**
 * The `size` bytes fstat reported, as readFileSync reads a regular file, without the second fstat
 * it makes. A file that shrank meanwhile gives what it still has; one that grew, what it had when
 * checked against --max-file-size. A size of 0 may hide content (some virtual file systems):
 * then it is read to its end, as readFileSync does.
 */
function readAll(fd: number, size: number): Uint8Array {
  if (size === 0) return readFileSync(fd);
  const bytes = room(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, bytes, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? bytes : bytes.subarray(0, length);
}

/** Room for small files is cut from shared slabs: one allocation for a hundred of them. */
const SLAB_SIZE = 1024 * 1024;
let slab = { bytes: Buffer.allocUnsafeSlow(0), used: 0 };

/** A buffer of `size` bytes. */
function room(size: number): Buffer {
  if (size > SLAB_SIZE / 16) return Buffer.allocUnsafeSlow(size);
  if (slab.used + size > slab.bytes.length) slab = { bytes: Buffer.allocUnsafeSlow(SLAB_SIZE), used: 0 };
  const bytes = slab.bytes.subarray(slab.used, slab.used + size);
  slab.used += size;
  return bytes;
}

function refuse(file: string, rule: 'unreadable' | 'parse-limit', message: string): ReadFile {
  return { path: file, refusal: { file, line: 1, column: 1, severity: 'error', rule, message } };
}
