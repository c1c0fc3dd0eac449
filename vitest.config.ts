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
    projects: [
      { extends: true, test: { name: 'unit', include: ['lib/**/*.test.ts'] } },
      // Integration suites seed the real library in their setup: more than the default 10 s on a busy machine.
      { extends: true, test: { name: 'integration', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], hookTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
