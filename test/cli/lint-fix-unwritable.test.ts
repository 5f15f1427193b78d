/**
 * `lint --fix` when a file cannot be written. Tests may run as root, for whom no folder is
 * unwritable; so here the write itself fails as the disk makes it fail, with an errno code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { seedProject } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';

vi.mock('../../src/cli/write-file.js', () => ({
  writeFileAtomic: async () => {
    throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
  },
}));

describe('lint --fix on a read-only disk', () => {
  it('names the file in one line, leaves it as it was, still lints it, and exits 2', async () => {
    const dir = seedProject();
    const before = readFileSync(join(dir, 'roadmap/vnext.md'));
    const result = await run(dir, 'lint', '--fix');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap: roadmap/vnext.md: not fixed: cannot be written (EROFS)\n');
    expect(result.stdout).toContain('(mojibake)');
    expect(readFileSync(join(dir, 'roadmap/vnext.md'))).toEqual(before);
  });
});
