/**
 * Task counts checked against cmark-gfm, GitHub's reference renderer: on hundreds of generated
 * roadmaps and on the real roadmaps of ../shared/corpus (read in place, never copied here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { generateRoadmap } from './generate.js';

const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');

function ourCounts(text: string, path = 'r.md') {
  const tasks = parseRoadmap({ path, text, diagnostics: [] }).milestones.flatMap((m) => m.tasks);
  return { total: tasks.length, checked: tasks.filter((t) => t.checked).length };
}

function cmarkCounts(text: string) {
  const html = spawnSync('cmark-gfm', ['--extension', 'tasklist', '--unsafe'], { input: text, encoding: 'utf8' }).stdout;
  return {
    total: html.match(/<input type="checkbox"/g)?.length ?? 0,
    checked: html.match(/<input type="checkbox" checked=""/g)?.length ?? 0,
  };
}

describe.skipIf(!hasCmark)('task counts agree with cmark-gfm', () => {
  it('on 400 generated roadmaps', () => {
    const disagreements: string[] = [];
    let tasks = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const text = generateRoadmap(seed);
      const ours = ourCounts(text);
      const theirs = cmarkCounts(text);
      tasks += theirs.total;
      if (ours.total !== theirs.total || ours.checked !== theirs.checked) {
        disagreements.push(`seed ${seed}: ours ${JSON.stringify(ours)}, cmark-gfm ${JSON.stringify(theirs)}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The generator must actually produce tasks, or the comparison proves nothing.
    expect(tasks).toBeGreaterThan(2000);
  });
});

describe.skipIf(!existsSync(join(CORPUS, 'EXPECTED.tsv')))('the real corpus', () => {
  it('every file has the task counts of EXPECTED.tsv', () => {
    const rows = readFileSync(join(CORPUS, 'EXPECTED.tsv'), 'utf8').trim().split('\n').slice(1);
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md'));
    expect(rows.length).toBe(files.length);
    const got = rows.map((row) => {
      const [file] = row.split('\t');
      const counts = ourCounts(readFileSync(join(CORPUS, file!), 'utf8'), file);
      return `${file} ${counts.total}/${counts.checked}`;
    });
    expect(got).toEqual(rows.map((row) => row.split('\t').slice(0, 3).join(' ').replace(/ (\d+) (\d+)$/, ' $1/$2')));
  });
});
