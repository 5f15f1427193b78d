/**
 * Appends to `$GITHUB_STEP_SUMMARY`. Earlier steps (and earlier commands of this step) may have
 * written there, so the file is only ever appended to, and what we add is sized to keep the
 * step's summary within GitHub's limit.
 */
import { appendFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { STEP_SUMMARY_LIMIT } from '../render/step-summary.js';

/** `render(maxBytes)` gives the markdown to append, at most `maxBytes` long. */
export async function appendStepSummary(path: string, render: (maxBytes: number) => string): Promise<void> {
  const existing = await stat(path).then(
    (info) => info.size,
    () => 0,
  );
  // A blank line first, so our heading never runs on from what is already there.
  const separator = existing > 0 ? '\n' : '';
  const markdown = render(Math.max(0, STEP_SUMMARY_LIMIT - existing - separator.length - 1));
  try {
    await appendFile(path, `${separator}${markdown}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`${path}: cannot append the job summary ($GITHUB_STEP_SUMMARY, ${code})`);
  }
}
