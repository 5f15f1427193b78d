/**
 * One version of one roadmap file → its counts, as `status --json` gives them. Shared by the
 * replay in this thread and by its workers (count-worker.ts).
 */
import { DEFAULT_MAX_FILE_SIZE } from '../engine/index.js';
import { parseFiles } from '../engine/parse-files.js';
import { decodeFile, type LoadedFile } from '../load/index.js';
import type { Progress, RoadmapDocument, RoadmapReport, Settings, TierProgress } from '../model/types.js';
import { buildReport } from '../report/index.js';

/** What a point keeps of one roadmap file: its counts as `status --json` gives them. */
export interface RoadmapCounts {
  file: string;
  release: string;
  totals: Progress;
  tiers: TierProgress[];
  blockers: number;
  blocked: boolean;
}

export interface CountOptions {
  settings: Settings;
  today: string;
  maxFileSize?: number;
  parseTimeoutMs?: number;
}

export async function parseBlob(file: string, bytes: Uint8Array | undefined, options: CountOptions): Promise<RoadmapDocument> {
  const loaded = loadedBlob(file, bytes, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  return (await parseFiles([loaded], { settings: options.settings, timeoutMs: options.parseTimeoutMs ?? Number.POSITIVE_INFINITY }))[0]!;
}

export function countsOf(document: RoadmapDocument, options: CountOptions): RoadmapCounts {
  const roadmap: RoadmapReport = buildReport([document], { settings: options.settings, today: options.today }).roadmaps[0]!;
  return {
    file: roadmap.file,
    release: roadmap.release,
    totals: roadmap.totals,
    tiers: roadmap.tiers,
    blockers: roadmap.blockers.length,
    blocked: roadmap.blocked,
  };
}

function loadedBlob(file: string, bytes: Uint8Array | undefined, maxFileSize: number): LoadedFile {
  if (bytes === undefined) {
    return decodeFile({ path: file, refusal: { file, line: 1, column: 1, severity: 'error', rule: 'unreadable', message: 'not in the repository (a shallow clone?)' } });
  }
  if (bytes.length > maxFileSize) {
    return decodeFile({
      path: file,
      refusal: { file, line: 1, column: 1, severity: 'error', rule: 'parse-limit', message: `larger than --max-file-size (${bytes.length} > ${maxFileSize} bytes)` },
    });
  }
  return decodeFile({ path: file, bytes });
}
