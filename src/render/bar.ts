/** A text progress bar, shared by the terminal view and the markdown report. */
import type { Progress } from '../model/types.js';

export function progressBar(progress: Progress, width = 20, full = '█', empty = '░'): string {
  const filled = progress.total === 0 ? 0 : Math.floor((progress.done / progress.total) * width);
  if (full !== '█' || empty !== '░') return full.repeat(filled) + empty.repeat(width - filled);
  // A report of hundreds of roadmaps draws the same few bars thousands of times.
  let bars = drawn.get(width);
  if (!bars) drawn.set(width, (bars = []));
  return (bars[filled] ??= full.repeat(filled) + empty.repeat(width - filled));
}

/** Bars of the usual glyphs, by width and then by filled cells. */
const drawn = new Map<number, string[]>();
