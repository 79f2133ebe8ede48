import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/unit/build-cli.global-setup.ts'],
    testTimeout: 20_000,
  },
});
