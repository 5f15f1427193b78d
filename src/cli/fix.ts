/** `lint --fix` on disk: read each file with mojibake markers as bytes, repair, write atomically. */
import { resolve } from 'node:path';
import { fixMojibake } from '../lint/fix.js';
import { readRaw } from '../load/raw.js';
import { neutralise } from '../render/sanitize.js';
import type { Io } from './io.js';
import type { RunResult } from './run.js';
import { writeFileAtomic } from './write-file.js';

/**
 * Repairs the files whose documents carry mojibake markers. `say` receives one line per file
 * fixed; a file that may not be rewritten is named on stderr and left untouched. Returns how
 * many files were written, and how many could not be.
 */
export async function fixFiles(
  pipeline: RunResult,
  maxFileSize: number,
  io: Io,
  say: (line: string) => void,
): Promise<{ written: number; failed: number }> {
  let written = 0;
  let failed = 0;
  for (const document of pipeline.documents) {
    if (!document.milestones.some((milestone) => milestone.markerMojibake)) continue;
    const shown = neutralise(document.file);
    const absolute = resolve(pipeline.cwd, document.file);
    const raw = await readRaw(absolute, maxFileSize);
    const result =
      'refused' in raw ? { kind: 'refused' as const, reason: raw.refused } : fixMojibake(document.file, raw.bytes, pipeline.settings);
    if (result.kind === 'refused') {
      io.stderr(`roadmap: ${shown}: not fixed: ${result.reason}\n`);
    } else if (result.kind === 'fixed') {
      try {
        await writeFileAtomic(absolute, result.bytes);
      } catch (error) {
        // An unwritable folder or a full disk: the file stays as it was, and the run exits 2.
        io.stderr(`roadmap: ${shown}: not fixed: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
        failed++;
        continue;
      }
      written++;
      const count = result.fixes.length;
      const lines = result.fixes.map((fix) => fix.line).join(', ');
      say(`${shown}: fixed ${count} mojibake marker${count === 1 ? '' : 's'} (line${count === 1 ? '' : 's'} ${lines})`);
    }
  }
  return { written, failed };
}
