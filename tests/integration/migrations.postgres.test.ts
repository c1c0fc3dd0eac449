import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createMigration, draftPostgresDrift, migrate, migrationsDir, migrationStatus, postgresMigrationsDir, postgresSchemaPath, schemaPath } from '@/lib/db/migrate';
import { postgresSchema } from '@/lib/db/schema-source';
import { migrationNames as names } from '../support/migration-names';
import { createDatabase } from '../support/postgres';
import { testPostgresServer } from '../support/test-provider';

// Run by the PostgreSQL project only (vitest.config.ts): the migrations on a real server.
const server = testPostgresServer()!;
const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-migrations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('PostgreSQL migrations', () => {
  test('applied to a new database, they give exactly prisma/postgresql/schema.prisma; a second run applies nothing', async () => {
    const database = await createDatabase(server);
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
    const database = await createDatabase(server);
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
    const options = { postgresUrl: server, source, postgresSchema: pgFile, ...dirs };
    const name = await createMigration('add_note', options);
    expect(name).toMatch(/^\d{14}_add_note$/);
    expect(readFileSync(path.join(dirs.sqliteDir, name!, 'migration.sql'), 'utf8').trim()).toBe('-- AlterTable\nALTER TABLE "GlossaryTerm" ADD COLUMN "note" TEXT;');
    expect(readFileSync(path.join(dirs.postgresDir, name!, 'migration.sql'), 'utf8').trim()).toBe('-- AlterTable\nALTER TABLE "GlossaryTerm" ADD COLUMN     "note" TEXT;');
    expect(readFileSync(pgFile, 'utf8')).toBe(postgresSchema(readFileSync(source, 'utf8')));
    expect(await createMigration('again', options)).toBeNull();
  });
});
