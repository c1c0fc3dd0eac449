import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { SQLITE_EXTERNAL_TABLES, SQLITE_SEARCH_DDL } from '@/lib/db/search-ddl';
import { draftMigration, migrate, migrationsDir, migrationStatus, schemaPath } from '@/lib/db/migrate';

const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-migrate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const onDisk = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const models = [...readFileSync(schemaPath, 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('migrate on a new database', () => {
  // A directory that does not exist yet: migrate must create it.
  const file = path.join(tmp, 'fresh', 'nested', 'test.db');
  const url = `file:${file}`;

  test('reports every migration pending before the file exists', async () => {
    expect(onDisk.length).toBeGreaterThan(0);
    expect(await migrationStatus(url)).toEqual({ pending: onDisk });
    expect(existsSync(file)).toBe(false);
  });

  test('applies every migration and creates a table per model', async () => {
    expect(await migrate(url)).toEqual({ applied: onDisk });
    const tables = query<{ name: string }>(file, "SELECT name FROM sqlite_master WHERE type = 'table'").map((t) => t.name);
    expect(tables.sort()).toEqual([...models, '_prisma_migrations', ...SQLITE_EXTERNAL_TABLES].sort());
  });

  test('records each migration as prisma migrate deploy does', () => {
    type Row = { migration_name: string; checksum: string; finished_at: string | null; rolled_back_at: string | null };
    const rows = query<Row>(file, 'SELECT * FROM _prisma_migrations ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      expect(row.checksum).toBe(sha256(path.join(migrationsDir, row.migration_name, 'migration.sql')));
      expect(row.finished_at).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  test('a second run applies nothing', async () => {
    expect(await migrate(url)).toEqual({ applied: [] });
    expect(await migrationStatus(url)).toEqual({ pending: [] });
  });

  test('the generated client then writes and reads a Release', async () => {
    const prisma = createPrismaClient(url);
    try {
      const data = {
        slug: 'test-release',
        date: '2024-03-08',
        sourceScript: 'hant',
        issuerZh: '山東省',
        issuerEn: 'Shandong',
        titleZh: '新型工業化',
        titleEn: 'New industrialization',
        contentHash: 'abc',
      };
      const created = await prisma.release.create({ data });
      const read = await prisma.release.findUnique({ where: { slug: 'test-release' } });
      expect(read).toMatchObject({ ...data, id: created.id, editorialNote: '' });
      expect(read?.updatedAt).toBeInstanceOf(Date);
    } finally {
      await prisma.$disconnect();
    }
  });

  test('a failing migration is not recorded as finished', async () => {
    const dir = path.join(tmp, 'failing-migrations');
    cpSync(migrationsDir, dir, { recursive: true });
    cpSync(path.join(migrationsDir, onDisk[0]), path.join(dir, '29990101000000_broken'), { recursive: true });
    writeFileSync(path.join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "Release" ("id" TEXT);');
    await expect(migrate(url, dir)).rejects.toThrow(/29990101000000_broken/);
    const rows = query<{ finished_at: string | null }>(file, "SELECT * FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'");
    expect(rows).toEqual([expect.objectContaining({ finished_at: null })]);
  });
});

describe('the SQLite schema and its migrations', () => {
  test('prisma/migrations/ is in step with schema.prisma', async () => {
    expect(await draftMigration()).toBeNull();
  });

  test('the search index is created by a migration, exactly as lib/db/search-ddl.ts says', () => {
    const holding = onDisk.filter((name) => readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8').includes(SQLITE_SEARCH_DDL));
    expect(holding).toHaveLength(1);
  });

  test('a migrated file is in WAL mode', async () => {
    const url = `file:${path.join(tmp, 'wal.db')}`;
    await migrate(url);
    expect(query<{ journal_mode: string }>(url.slice(5), 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });
});
