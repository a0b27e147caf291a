import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'data/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test-fixtures/temporary-files.ts'],
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
