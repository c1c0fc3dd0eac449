import fs from 'node:fs';
import Database from 'better-sqlite3';
import { SEQ } from '@/lib/cache/tags';
import { providerOf, sqliteFile } from '@/lib/db/provider';
import { postgresVersions } from './postgres-versions';

/** The current version of each view tag, as the front checks its entries against them. */
export interface TagVersions {
  current(tag: string): number;
  /** Brings the versions up to date; called before each cache lookup and after each write passed through (a promise only where the database is across a network). */
  sync(): void | Promise<void>;
  close(): void | Promise<void>;
}

// SQLite's WAL-index header (https://www.sqlite.org/walformat.html#the_wal_index_header): the first
// 96 bytes of the -shm file, two copies of a 48-byte header that every commit rewrites (its change
// counter, last frame, salts and checksum move), the second copy first.
const WAL_INDEX_HEADER = 96;

/**
 * Tag versions read from a SQLite file, on a read-only connection of the front's own. Before each
 * cache lookup it reads the WAL-index header (one read of shared memory, no lock): while it is the
 * one seen at the last look, nothing has committed since, in any process; when it moved, the
 * sequence row is read (an indexed lookup, which takes the read lock) and the rows bumped since.
 * The header is read before the rows, so a commit between the two is caught at the next look. A
 * file not in WAL mode has no such header: it is read on every look. (No file leaves WAL mode under
 * this connection: SQLite refuses the switch as locked while another connection is open.)
 */
export function sqliteVersions(path: string): TagVersions {
  // SQLite keeps the -shm beside the file a link points to, not beside the link.
  const file = fs.realpathSync(path);
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  const head = db.prepare<[string], { version: number }>('SELECT "version" FROM "ViewVersion" WHERE "tag" = ?');
  const since = db.prepare<[number], { tag: string; version: number }>('SELECT "tag", "version" FROM "ViewVersion" WHERE "seq" > ?');
  const versions = new Map<string, number>();
  let seq = -1;
  // Reading the mode opened the -shm file of a file in WAL mode; the connection holds it open until closed.
  const shm = db.pragma('journal_mode', { simple: true }) === 'wal' ? fs.openSync(`${file}-shm`, 'r') : null;
  const header = Buffer.alloc(WAL_INDEX_HEADER);
  const seen = Buffer.alloc(WAL_INDEX_HEADER);
  let trusted = false;
  /** Whether something may have committed since the last look: the header moved, or it was being rewritten then (its copies differed). */
  function moved() {
    if (shm === null) return true;
    // A short read (a -shm being set up afresh) proves nothing.
    return fs.readSync(shm, header, 0, WAL_INDEX_HEADER, 0) !== WAL_INDEX_HEADER || !trusted || !header.equals(seen);
  }
  return {
    current: (tag) => versions.get(tag) ?? 0,
    sync() {
      if (!moved()) return;
      const now = head.get(SEQ)?.version ?? 0;
      if (now !== seq) for (const row of since.all(seq)) versions.set(row.tag, row.version);
      seq = now;
      // Remembered once the rows are read (a failed read is tried again at the next look), and
      // trusted only if it was whole: a torn header says nothing about the next look.
      header.copy(seen);
      trusted = header.compare(header, 0, 48, 48, WAL_INDEX_HEADER) === 0;
    },
    close() {
      // The connection first: closing any descriptor of the -shm drops this process's locks on it, the connection's too.
      db.close();
      if (shm !== null) fs.closeSync(shm);
    },
  };
}

/** The front's view of the versions in DATABASE_URL's database, SQLite file or PostgreSQL server. */
export function tagVersionsFor(databaseUrl: string): TagVersions {
  return providerOf(databaseUrl) === 'postgresql' ? postgresVersions(databaseUrl) : sqliteVersions(sqliteFile(databaseUrl));
}
