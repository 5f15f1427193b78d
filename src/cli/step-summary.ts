/**
 * Appends to `$GITHUB_STEP_SUMMARY`. Earlier steps (and earlier commands of this step) may have
 * written there, so the file is only ever appended to, and what we add is sized so that the file
 * never passes GitHub's limit. The path comes from the environment, so it is held to what the
 * runner makes: a regular file. It is opened without waiting (a FIFO with no reader fails at once)
 * and checked through its handle, so `/dev/zero`, a FIFO or a folder there is one line, exit 2.
 */
import { closeSync, constants, fstatSync, openSync, writeSync } from 'node:fs';
import { InputError } from '../errors.js';
import { STEP_SUMMARY_LIMIT } from '../render/step-summary.js';

/**
 * `render(maxBytes)` gives the markdown to append, at most `maxBytes` long. Returns false when
 * the file is already too full for any summary, and nothing was written.
 */
export function appendStepSummary(path: string, render: (maxBytes: number) => string): boolean {
  const fail = (why: string): never => {
    throw new InputError(`${path}: cannot append the job summary ($GITHUB_STEP_SUMMARY, ${why})`);
  };
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK, 0o644);
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code ?? 'error');
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return fail('not a regular file');
    const existing = info.size;
    // A blank line first, so our heading never runs on from what is already there.
    const separator = existing > 0 ? '\n' : '';
    const room = STEP_SUMMARY_LIMIT - existing - separator.length - 1;
    const bytes = Buffer.from(`${separator}${room > 0 ? render(room) : ''}\n`);
    // The shortest summary may still not fit a nearly full file: then none is added.
    if (room <= 0 || existing + bytes.length > STEP_SUMMARY_LIMIT) return false;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
    return true;
  } catch (error) {
    if (error instanceof InputError) throw error;
    return fail((error as NodeJS.ErrnoException).code ?? 'error');
  } finally {
    closeSync(fd);
  }
}
