import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createMigration, draftMigration, draftPostgresDrift, migrate, migrationsDir, migrationStatus, postgresMigrationsDir, postgresSchemaPath, schemaPath } from '@/lib/db/migrate';
import { postgresSchema } from '@/lib/db/schema-source';
import { createDatabase } from '../support/postgres';
import { testPostgresServer } from '../support/test-provider';

// Runs in both test projects; what needs a PostgreSQL server runs where the project has one.
const server = testPostgresServer();
const onPostgres = describe.runIf(server !== undefined);
const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-migrations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const names = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

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

onPostgres('PostgreSQL migrations', () => {
  test('applied to a new database, they give exactly prisma/postgresql/schema.prisma; a second run applies nothing', async () => {
    const database = await createDatabase(server!);
    try {
      expect(await migrationStatus(database.url)).toEqual({ pending: names(postgresMigrationsDir) });
      expect(await migrate(database.url)).toEqual({ applied: names(postgresMigrationsDir) });
      expect(await draftPostgresDrift(database.url)).toBeNull();
      expect(await migrate(database.url)).toEqual({ applied: [] });
      expect(await migrationStatus(database.url)).toEqual({ pending: [] });
    } finally {
      await database.drop();
    }
  });

  test('two processes migrating one database at once apply each migration once', async () => {
    const database = await createDatabase(server!);
    try {
      const runs = await Promise.all([migrate(database.url), migrate(database.url)]);
      expect(runs.map((r) => r.applied.length).sort()).toEqual([0, names(postgresMigrationsDir).length]);
    } finally {
      await database.drop();
    }
  });

  test('a schema change gives one migration per provider, under one name, and the new PostgreSQL schema file', async () => {
    const dirs = { sqliteDir: path.join(tmp, 'sqlite'), postgresDir: path.join(tmp, 'postgresql') };
    cpSync(migrationsDir, dirs.sqliteDir, { recursive: true });
    cpSync(postgresMigrationsDir, dirs.postgresDir, { recursive: true });
    const pgFile = path.join(tmp, 'postgresql.prisma');
    cpSync(postgresSchemaPath, pgFile);
    const source = path.join(tmp, 'schema.prisma');
    writeFileSync(source, readFileSync(schemaPath, 'utf8').replace(/^model GlossaryTerm \{/m, '$&\n  note String?'));
    const options = { postgresUrl: server!, source, postgresSchema: pgFile, ...dirs };
    const name = await createMigration('add_note', options);
    expect(name).toMatch(/^\d{14}_add_note$/);
    expect(readFileSync(path.join(dirs.sqliteDir, name!, 'migration.sql'), 'utf8').trim()).toBe('-- AlterTable\nALTER TABLE "GlossaryTerm" ADD COLUMN "note" TEXT;');
    expect(readFileSync(path.join(dirs.postgresDir, name!, 'migration.sql'), 'utf8').trim()).toBe('-- AlterTable\nALTER TABLE "GlossaryTerm" ADD COLUMN     "note" TEXT;');
    expect(readFileSync(pgFile, 'utf8')).toBe(postgresSchema(readFileSync(source, 'utf8')));
    expect(await createMigration('again', options)).toBeNull();
  });
});
