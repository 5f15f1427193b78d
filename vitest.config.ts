import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    // The parse cache of projects outside any package goes here, never to the user's own.
    env: { NO_COLOR: '1', TZ: 'UTC', LANG: 'C', XDG_CACHE_HOME: join(tmpdir(), 'roadmap-tests-cache') },
    testTimeout: 30_000,
  },
});
