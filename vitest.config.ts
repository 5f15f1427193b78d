import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    env: { NO_COLOR: '1', TZ: 'UTC', LANG: 'C' },
    testTimeout: 30_000,
    // Every core: vitest keeps one back by default, which on a 2-core machine runs the files one
    // at a time (90 s against 59 s here). Much of the suite waits on the processes it spawns.
    maxWorkers: availableParallelism(),
  },
});
