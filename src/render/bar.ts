/** A text progress bar, shared by the terminal view and the markdown report. */
import type { Progress } from '../model/types.js';

export function progressBar(progress: Progress, width = 20, full = '█', empty = '░'): string {
  const filled = progress.total === 0 ? 0 : Math.floor((progress.done / progress.total) * width);
  return full.repeat(filled) + empty.repeat(width - filled);
}
