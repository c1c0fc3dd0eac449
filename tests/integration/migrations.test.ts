import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { draftMigration, migrationsDir, postgresMigrationsDir } from '@/lib/db/migrate';
import { migrationNames as names } from '../support/migration-names';

// What needs a PostgreSQL server is in migrations.postgres.test.ts.

describe('the two migration histories', () => {
  test('have the same migrations, by name, in the same order', () => {
    expect(names(postgresMigrationsDir)).toEqual(names(migrationsDir));
  });

  test('SQLite: prisma/migrations/ is in step with prisma/schema.prisma', async () => {
    expect(await draftMigration()).toBeNull();
  });

  test('each lock file names its provider', () => {
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "sqlite"');
    expect(readFileSync(path.join(postgresMigrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
  });
});
