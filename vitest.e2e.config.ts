import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the built app served by the web host.
// `npm run test:e2e` builds first; each test file starts its own host on a fresh workspace.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The page settles asynchronously (debounced checks, renumbering); on a loaded machine that takes longer than a second, and a CI machine can be slower still.
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
  },
});
