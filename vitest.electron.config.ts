import { defineConfig } from 'vitest/config';

// End-to-end tests of the desktop app: Playwright drives the built app (dist/) in the
// real Electron runtime. `npm run test:electron` builds first. Where no Electron binary
// exists on the machine, the suite says so in one line and skips.
export default defineConfig({
  test: {
    include: ['test/e2e-electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // The page settles asynchronously (debounced checks, renumbering); on a loaded machine that takes longer than a second.
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
  },
});
