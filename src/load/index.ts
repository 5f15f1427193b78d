/** The only file-system reads of the core: resolve the inputs, then read and decode each file. */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Diagnostic, SourceFile } from '../model/types.js';
import { decode } from './decode.js';
import { type FileRef, resolvePaths } from './resolve-paths.js';

export { DEFAULT_INCLUDE, type FileRef, resolvePaths } from './resolve-paths.js';

export interface LoadOptions {
  cwd: string;
  /** Files larger than this are not read: a `parse-limit` error names them. */
  maxFileSize: number;
}

/** A file that was found but could not be judged: named, and the run exits 2. */
export interface LoadedFile extends SourceFile {
  /** True when the text could not be read at all or was refused; `text` is then empty. */
  refused: boolean;
}

export async function loadFiles(inputs: readonly string[], options: LoadOptions): Promise<LoadedFile[]> {
  const refs = await resolvePaths(inputs, options.cwd);
  return Promise.all(refs.map((ref) => readSource(ref, options.maxFileSize)));
}

export async function readSource(ref: FileRef, maxFileSize: number): Promise<LoadedFile> {
  let bytes: Uint8Array;
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
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return refuse(ref.display, 'unreadable', `cannot be read (${code})`);
  }
  const decoded = decode(ref.display, bytes);
  return {
    path: ref.display,
    text: decoded.text ?? '',
    diagnostics: decoded.diagnostics,
    refused: false,
  };
}

function refuse(file: string, rule: 'unreadable' | 'parse-limit', message: string): LoadedFile {
  const diagnostic: Diagnostic = { file, line: 1, column: 1, severity: 'error', rule, message };
  return { path: file, text: '', diagnostics: [diagnostic], refused: true };
}
