import { defineConfig } from 'vitest/config';

// End-to-end tests against the built renderer in Chromium (see e2e/support/fixture.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll waits for a condition (a design drawn, a dialog closed). Its 1 s default made a test fail on
    // how busy the machine was (a 400-part design took longer to open under load in CI), not on what the app
    // did; every poll may wait as long as Playwright's own waits before it reports the condition as unmet.
    expect: { poll: { timeout: 30_000 } },
  },
});
