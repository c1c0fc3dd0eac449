import { vi } from 'vitest';
import { tempDatabase } from './temp-db';

/**
 * A migrated and seeded temp database that the app's own modules (lib/server/db.ts, its auth) use too:
 * the env is stubbed before they are imported, so import those modules dynamically afterwards.
 */
export async function appDatabase() {
  const db = await tempDatabase();
  vi.stubEnv('DATABASE_URL', db.url);
  vi.stubEnv('BETTER_AUTH_SECRET', db.authSecret);
  vi.stubEnv('BETTER_AUTH_URL', 'http://localhost:3000');
  const { prepareDatabase } = await import('../../scripts/support/prepare');
  await prepareDatabase(db.url, { quiet: true });
  const { createPrismaClient } = await import('@/lib/db/client');
  const prisma = createPrismaClient(db.url);
  return {
    ...db,
    prisma,
    async close() {
      const { disconnect } = await import('@/lib/server/db');
      await Promise.all([prisma.$disconnect(), disconnect()]);
      vi.unstubAllEnvs();
      await db.cleanup();
    },
  };
}
