// Unit, storage (PGlite and a PostgreSQL server), HTTP, process and browser tests in one run.
// test/setup/global.ts prepares a migrated database template and a throwaway PostgreSQL server once.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    // Ceilings that bound a hang, never measurements, so that two busy cores make tests slower, not red.
    // A test's own waits fit inside them: text on a page 30 s (WAIT, test/helpers/browser.ts); a server
    // start up to 240 s (tests that start servers set a longer limit); a set-up with a database and Chromium.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
