/**
 * The shared corpus of real roadmaps, read in place (never copied into the repository). Tests
 * that use it skip when it is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusFile {
  name: string;
  text: string;
  tasks: number;
  checked: number;
}

/** `shared/corpus/real` in the nearest folder above the repository that has one. */
function corpusDirectory(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'corpus', 'real');
    if (existsSync(join(candidate, 'EXPECTED.tsv'))) return candidate;
    if (dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}

export const CORPUS_DIR = corpusDirectory();

/** Every corpus file with its expected task counts, or [] without the corpus. */
export function corpusFiles(): CorpusFile[] {
  if (!CORPUS_DIR) return [];
  const rows = readFileSync(join(CORPUS_DIR, 'EXPECTED.tsv'), 'utf8').trim().split('\n').slice(1);
  const expected = new Map(rows.map((row) => row.split('\t')).map(([name, tasks, checked]) => [name!, [Number(tasks), Number(checked)]]));
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const [tasks, checked] = expected.get(name) ?? [Number.NaN, Number.NaN];
      return { name, text: readFileSync(join(CORPUS_DIR!, name), 'utf8'), tasks: tasks!, checked: checked! };
    });
}
