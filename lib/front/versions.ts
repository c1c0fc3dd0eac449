import Database from 'better-sqlite3';
import { SEQ } from '@/lib/cache/tags';
import { providerOf, sqliteFile } from '@/lib/db/provider';
import { postgresVersions } from './postgres-versions';

/** The current version of each view tag, as the front checks its entries against them. */
export interface TagVersions {
  current(tag: string): number;
  /** Brings the versions up to date; called before each cache lookup and after each write passed through. */
  sync(): void | Promise<void>;
  close(): void | Promise<void>;
}

/**
 * Tag versions read from a SQLite file: one indexed lookup of the sequence row per request (a few
 * microseconds through better-sqlite3, on a read-only connection of the front's own), and the rows
 * bumped since when it moved. Any process's write is seen by the next request.
 */
export function sqliteVersions(file: string): TagVersions {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  const head = db.prepare<[string], { version: number }>('SELECT "version" FROM "ViewVersion" WHERE "tag" = ?');
  const since = db.prepare<[number], { tag: string; version: number }>('SELECT "tag", "version" FROM "ViewVersion" WHERE "seq" > ?');
  const versions = new Map<string, number>();
  let seq = -1;
  return {
    current: (tag) => versions.get(tag) ?? 0,
    sync() {
      const now = head.get(SEQ)?.version ?? 0;
      if (now === seq) return;
      for (const row of since.all(seq)) versions.set(row.tag, row.version);
      seq = now;
    },
    close: () => void db.close(),
  };
}

/** The front's view of the versions in DATABASE_URL's database, SQLite file or PostgreSQL server. */
export function tagVersionsFor(databaseUrl: string): TagVersions {
  return providerOf(databaseUrl) === 'postgresql' ? postgresVersions(databaseUrl) : sqliteVersions(sqliteFile(databaseUrl));
}
