import { defineConfig } from 'vitest/config';

/**
 * One test command for the whole workspace. Server tests run twice, once on the embedded PGlite and once on
 * the PostgreSQL server, because the product promises that both behave the same.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/src/**/*.test.ts',
            'db/src/**/*.test.ts',
            'matching/src/**/*.test.ts',
            'server/src/**/*.test.ts',
          ],
          environment: 'node',
          // A file's first test compiles the whole library of kinds (about a second alone); with every project's
          // files running at once on two cores it can take several.
          testTimeout: 20_000,
        },
      },
      'web/vite.config.{ts,mts}',
      {
        test: {
          name: 'api-embedded',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          env: { TEST_DATABASE: 'embedded' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'api-postgres',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          env: { TEST_DATABASE: 'postgres' },
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page under a loaded machine takes seconds to load a route's chunk or answer: polls wait as long as
          // Playwright's own waits rather than vitest's default second.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
