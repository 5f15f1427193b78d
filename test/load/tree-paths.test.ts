/**
 * Inputs resolved against a commit's files name what they name in the work tree: each input
 * given to `selectTreePaths` over a tree's paths and to `resolvePaths` over the same files on
 * disk gives the same list.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INCLUDE, resolvePaths } from '../../src/load/resolve-paths.js';
import { selectTreePaths } from '../../src/load/tree-paths.js';
import { project } from '../helpers/fixtures.js';

const FILES = [
  'roadmap/a.md',
  'roadmap/B.MD',
  'roadmap/c.markdown',
  'roadmap/notes.txt',
  'roadmap/.hidden.md',
  'roadmap/.drafts/d.md',
  'roadmap/sub/e.md',
  'roadmap/node_modules/f.md',
  'docs/plan.md',
  'docs/deep/more.md',
  'README.md',
];

describe('selectTreePaths', () => {
  const dir = project(Object.fromEntries(FILES.map((file) => [file, '# x\n'])));
  it.each<[string, readonly string[]]>([
    ['the default', DEFAULT_INCLUDE],
    ['a tree glob written by a user', ['roadmap/**/*.md']],
    ['a folder', ['roadmap']],
    ['a folder with a slash', ['docs/']],
    ['a file', ['README.md']],
    ['a file written with ./', ['./docs/plan.md']],
    ['a glob', ['docs/*.md']],
    ['a brace glob', ['{docs,roadmap}/*.md']],
    ['several inputs, overlapping', ['docs', 'docs/**/*.md', 'README.md']],
  ])('%s names what it names in the work tree', async (_, inputs) => {
    const onDisk = (await resolvePaths(inputs, dir)).map((ref) => ref.display);
    expect(await selectTreePaths(inputs, FILES)).toEqual(onDisk);
  });

  it('names nothing outside the working directory', async () => {
    expect(await selectTreePaths(['../elsewhere/plan.md', '/etc/passwd'], FILES)).toEqual([]);
  });
});
