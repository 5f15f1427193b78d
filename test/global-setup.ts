/**
 * Builds dist/ before the tests: parsing in workers runs the built worker (a worker thread cannot
 * load TypeScript), and a few tests spawn the built bin. Building first means they test this
 * source, never a stale build.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
}
