import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from '@/lib/db/migrate';
import type { Provider } from '@/lib/db/provider';
import { createDatabase } from './postgres';
import { testPostgresServer } from './test-provider';

export type TempDatabase = {
  provider: Provider;
  url: string;
  /** A folder of the test's own (content copies, SQLite's file and its auth secret). */
  dir: string;
  /** What BETTER_AUTH_SECRET should be: '' with SQLite (generated beside the file), a random one with PostgreSQL, where it is required. */
  authSecret: string;
  cleanup(): Promise<void>;
};

/**
 * A fresh, migrated database for one test file, on the provider the test project runs (SQLite
 * files by default; a database of its own on the project's PostgreSQL server in the integration-pg
 * project); removed by the returned cleanup.
 */
export async function tempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-test-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const server = testPostgresServer();
  if (!server) {
    const url = `file:${path.join(dir, 'test.db')}`;
    await migrate(url);
    return { provider: 'sqlite', url, dir, authSecret: '', cleanup: async () => removeDir() };
  }
  const database = await createDatabase(server);
  await migrate(database.url);
  return {
    provider: 'postgresql',
    url: database.url,
    dir,
    authSecret: randomBytes(32).toString('base64url'),
    async cleanup() {
      await database.drop();
      removeDir();
    },
  };
}
