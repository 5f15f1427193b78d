/**
 * Two versions of a roadmap diffed in memory, parsed as the command parses what git gives it,
 * and the edits that make one version from another.
 */
import { diffSnapshots, type ReleaseDiff } from '../../src/diff/index.js';
import type { Snapshot } from '../../src/diff/snapshot.js';
import { parseBlob } from '../../src/history/count.js';
import { DEFAULT_SETTINGS } from '../../src/model/tier.js';
import { buildReport } from '../../src/report/index.js';

const TODAY = '2026-12-05';

async function snapshot(files: Record<string, string>, commit: string | null): Promise<Snapshot> {
  const options = { settings: DEFAULT_SETTINGS, today: TODAY };
  const documents = [];
  for (const [file, text] of Object.entries(files)) documents.push(await parseBlob(file, new TextEncoder().encode(text), options));
  return { commit, documents, report: buildReport(documents, options) };
}

/** The releases' diffs from `before` to `after`: a text is `roadmap/plan.md`, else path → text. */
export async function diffOf(before: string | Record<string, string>, after: string | Record<string, string>, file = 'roadmap/plan.md'): Promise<ReleaseDiff[]> {
  const files = (text: string | Record<string, string>) => (typeof text === 'string' ? { [file]: text } : text);
  const base = (await snapshot(files(before), 'a'.repeat(40))) as Snapshot & { commit: string };
  return diffSnapshots(base, await snapshot(files(after), null)).releases;
}

/** Each edit as `from` → `to`, each `from` in the text exactly once. */
export function edit(text: string, ...edits: Array<[string, string]>): string {
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in the text exactly once`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}
