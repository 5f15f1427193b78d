/** Which of some paths exist: the file-system half of the `missing-reference` lint rule. */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The paths (relative to `cwd`, or absolute) that name an existing file or folder. */
export async function existingPaths(cwd: string, paths: Iterable<string>): Promise<Set<string>> {
  const unique = [...new Set(paths)];
  const found = await Promise.all(
    unique.map((path) =>
      access(resolve(cwd, path)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return new Set(unique.filter((_, index) => found[index]));
}
