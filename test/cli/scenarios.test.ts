/** Whole roadmaps through the CLI: what a user reads in `status --json`. */
import { describe, expect, it } from 'vitest';
import { copyFixture, project } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';

interface JsonMilestone {
  title: string;
  tier: string;
  tierSource: string;
  blocking: boolean;
  done: number;
  total: number;
}

describe('a platform roadmap in two files', () => {
  it('reads front matter, P0s, nesting, quotes, inherited tiers and blocking sections', async () => {
    const result = await run(copyFixture('platform'), 'status', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.roadmaps.map((r: { file: string }) => r.file)).toEqual(['roadmap/q3.md', 'roadmap/teams/ops.md']);

    const [q3, ops] = json.roadmaps;
    expect(q3).toMatchObject({ title: 'Platform Q3', release: '2.4', totals: { done: 5, total: 14 } });
    expect(
      q3.milestones.map((m: JsonMilestone) => [m.title, m.tier, m.tierSource, m.blocking, `${m.done}/${m.total}`]),
    ).toEqual([
      ['Platform Q3', 'unprioritized', 'none', false, '1/2'],
      ['Auth rewrite', 'critical', 'explicit', false, '3/6'],
      ['Billing fixes', 'high', 'explicit', false, '1/2'],
      ['Search', 'medium', 'inherited', false, '0/3'],
      ['Data retention', 'low', 'explicit', true, '0/1'],
    ]);
    expect(q3.blockers.map((b: { line: number; column: number; tier: string }) => `${b.line}:${b.column} ${b.tier}`)).toEqual([
      '22:1 critical',
      '24:3 critical',
      '26:1 critical',
      '47:1 low',
    ]);
    expect(ops.milestones.map((m: JsonMilestone) => [m.title, m.tier, m.tierSource])).toEqual([
      ['Observability', 'low', 'explicit'],
      ['Ideas', 'unprioritized', 'none'],
    ]);
    expect(json.tiers).toEqual([
      { tier: 'critical', done: 3, total: 6 },
      { tier: 'high', done: 1, total: 2 },
      { tier: 'medium', done: 0, total: 3 },
      { tier: 'low', done: 1, total: 3 },
      { tier: 'unprioritized', done: 1, total: 3 },
    ]);
    expect(json.blocked).toBe(true);
  });

  it('reads one file when given its path, and a glob', async () => {
    const dir = copyFixture('platform');
    const one = JSON.parse((await run(dir, 'status', '--json', 'roadmap/teams/ops.md')).stdout);
    expect(one.roadmaps).toHaveLength(1);
    const glob = JSON.parse((await run(dir, 'status', '--json', 'roadmap/**/o*.md')).stdout);
    expect(glob.roadmaps.map((r: { file: string }) => r.file)).toEqual(['roadmap/teams/ops.md']);
  });
});

describe('which files are read', () => {
  const files = {
    'roadmap/a.md': '- [ ] a\n',
    'roadmap/sub/b.md': '- [ ] b\n',
    'roadmap/.hidden/c.md': '- [ ] c\n',
    'roadmap/.d.md': '- [ ] d\n',
    'roadmap/e.markdown': '- [ ] e\n',
    'roadmap/f.txt': '- [ ] f\n',
  };
  const read = async (...args: string[]) =>
    JSON.parse((await run(project(files), 'status', '--json', ...args)).stdout).roadmaps.map((r: { file: string }) => r.file);

  it.each<[string, string[], string[]]>([
    ['the default: every .md and .markdown below roadmap/, hidden ones aside', [], ['roadmap/a.md', 'roadmap/e.markdown', 'roadmap/sub/b.md']],
    ['the same glob, written out', ['roadmap/**/*.md'], ['roadmap/a.md', 'roadmap/sub/b.md']],
    ['another glob', ['roadmap/*/b.md'], ['roadmap/sub/b.md']],
    ['a directory: .md and .markdown files', ['roadmap/sub', 'roadmap/e.markdown'], ['roadmap/e.markdown', 'roadmap/sub/b.md']],
  ])('%s', async (_name, args, expected) => {
    expect(await read(...args)).toEqual(expected);
  });
});
