import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    env: { NO_COLOR: '1', TZ: 'UTC', LANG: 'C' },
    testTimeout: 30_000,
  },
});
