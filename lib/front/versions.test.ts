import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { SEQ } from '@/lib/cache/tags';
import { sqliteVersions } from './versions';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dz-versions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file with the app's ViewVersion table, and a writer that bumps a tag as the app does (the sequence row, then the tag). */
function database(name: string, journal: 'wal' | 'delete') {
  const file = path.join(dir, name);
  const db = new Database(file);
  db.pragma(`journal_mode = ${journal}`);
  db.exec('CREATE TABLE "ViewVersion" ("tag" TEXT PRIMARY KEY, "version" INTEGER NOT NULL, "seq" INTEGER NOT NULL); CREATE INDEX "seq" ON "ViewVersion" ("seq")');
  const upsert = db.prepare(
    'INSERT INTO "ViewVersion" ("tag", "version", "seq") VALUES (?, ?, ?) ON CONFLICT ("tag") DO UPDATE SET "version" = excluded."version", "seq" = excluded."seq"',
  );
  let seq = 0;
  const bump = db.transaction((tag: string, version: number) => {
    seq++;
    upsert.run(SEQ, seq, seq);
    upsert.run(tag, version, seq);
  });
  bump('r:a', 1);
  return { file, bump, db };
}

describe.each(['wal', 'delete'] as const)('versions read from a SQLite file (journal_mode=%s)', (journal) => {
  test('every commit by another connection is seen at the next look', () => {
    const { file, bump, db } = database(`${journal}.db`, journal);
    const versions = sqliteVersions(file);
    versions.sync();
    expect(versions.current('r:a')).toBe(1);
    for (let v = 2; v <= 50; v++) {
      bump('r:a', v);
      versions.sync();
      expect(versions.current('r:a')).toBe(v);
      versions.sync();
      expect(versions.current('r:a')).toBe(v);
      // A checkpoint that empties the log starts it afresh: the next commit must still be seen.
      if (v % 10 === 0 && journal === 'wal') db.pragma('wal_checkpoint(TRUNCATE)');
    }
    bump('r:b', 7);
    versions.sync();
    expect([versions.current('r:a'), versions.current('r:b'), versions.current('r:never')]).toEqual([50, 7, 0]);
    versions.close();
    db.close();
  });
});

describe('the WAL-index probe', () => {
  test('reads no rows while nothing has committed, and reads them once something has', () => {
    const { file, bump, db } = database('probe.db', 'wal');
    const versions = sqliteVersions(file);
    versions.sync();
    // Every row read of the front's connection goes through a prepared statement's get or all.
    const statement = Object.getPrototypeOf(db.prepare('SELECT 1')) as { get: () => unknown; all: () => unknown };
    const get = vi.spyOn(statement, 'get');
    const all = vi.spyOn(statement, 'all');
    for (let i = 0; i < 20; i++) versions.sync();
    expect(get.mock.calls.length + all.mock.calls.length).toBe(0);
    bump('r:a', 2);
    versions.sync();
    expect(get).toHaveBeenCalledTimes(1);
    expect(all).toHaveBeenCalledTimes(1);
    expect(versions.current('r:a')).toBe(2);
    vi.restoreAllMocks();
    versions.close();
    db.close();
  });

  test('finds the -shm of a file reached through a link, where SQLite keeps it', () => {
    const { file, bump, db } = database('linked.db', 'wal');
    const link = path.join(dir, 'link-to-linked.db');
    symlinkSync(file, link);
    const versions = sqliteVersions(link);
    versions.sync();
    bump('r:a', 9);
    versions.sync();
    expect(versions.current('r:a')).toBe(9);
    versions.close();
    db.close();
  });
});
