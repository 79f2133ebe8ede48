import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the built app served by the web host.
// `npm run test:e2e` builds first; each test file starts its own host on a fresh workspace.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
