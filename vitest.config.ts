import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'cli/**/*.test.ts',
      'node/**/*.test.ts',
      'electron/**/*.test.ts',
      'templates/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'test-support/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
});
