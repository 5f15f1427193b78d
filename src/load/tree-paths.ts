/**
 * The inputs of a reading command, resolved against the files of a commit rather than the work
 * tree: the same rules as `resolvePaths` (the default takes `.md` and `.markdown` in any case; a
 * `dir/**\/*.md` tree and a glob skip hidden paths; a folder takes its markdown files; a file is
 * itself), over paths relative to the working directory. Inputs outside it name nothing here.
 */
import { posix } from 'node:path';
import { DEFAULT_INCLUDE, GLOB_CHARACTERS, MARKDOWN, MARKDOWN_TREE } from './resolve-paths.js';

const HIDDEN = /(^|\/)\./;
const SKIPPED = /(^|\/)(node_modules|\.git)\//;

/** The candidates the inputs name, in path order. */
export async function selectTreePaths(inputs: readonly string[], candidates: readonly string[]): Promise<string[]> {
  const isDefault = inputs === DEFAULT_INCLUDE;
  const chosen = new Set<string>();
  const files = candidates.filter((path) => !SKIPPED.test(path));
  for (const raw of inputs) {
    const input = posix.normalize(raw.replaceAll('\\', '/')).replace(/^\.\//, '');
    if (input.startsWith('../') || input === '..' || input.startsWith('/')) continue;
    const tree = MARKDOWN_TREE.exec(input);
    let accept: (path: string) => boolean;
    if (tree) {
      const below = `${tree[1]!}/`;
      const markdown = isDefault ? (path: string) => MARKDOWN.test(path) : (path: string) => path.endsWith('.md');
      accept = (path) => path.startsWith(below) && markdown(path) && !HIDDEN.test(path);
    } else if (GLOB_CHARACTERS.test(input)) {
      const { default: picomatch } = await import('picomatch');
      accept = picomatch(input, { dot: false });
    } else {
      const folder = input === '.' ? '' : `${input.replace(/\/$/, '')}/`;
      accept = (path) => path === input || (path.startsWith(folder) && MARKDOWN.test(path));
    }
    for (const path of files) if (accept(path)) chosen.add(path);
  }
  return [...chosen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
