import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser suite: builds the site at `/` and `/reports/`, serves both with `astro preview`, and drives
// the system Chromium through one shared browser server (see setup/global-setup.ts).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/setup/global-setup.ts'],
    pool: 'forks',
    // Two cores: two test files at a time, each running a few pages in parallel browser contexts.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    fileParallelism: true,
    maxConcurrency: 3,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
