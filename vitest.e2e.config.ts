import { defineConfig } from 'vitest/config';

// End-to-end tests against the built renderer in Chromium (see e2e/support/fixture.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
