// Unit, storage (PGlite and a PostgreSQL server), HTTP, process and browser tests in one run.
// test/setup/global.ts prepares a migrated database template and a throwaway PostgreSQL server once.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
