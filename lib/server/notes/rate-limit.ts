import { randomUUID } from 'node:crypto';
import { providerOfClient, type Tx } from '@/lib/db/client';
import { env } from '@/lib/env';
import { NOTE_WRITE_WINDOW_MS, NOTE_WRITES_PER_WINDOW } from '@/lib/notes/errors';

// Load tests raise it through a variable named for what it is (lib/env.ts); nothing else may.
const LIMIT = env.DUIZHAO_TEST_ONLY_NOTE_WRITES_PER_MINUTE ?? NOTE_WRITES_PER_WINDOW;

/**
 * Takes one of `userId`'s note-write slots: false when the last minute already holds 30 writes.
 * A sliding log, one row per write, in the RateLimit table (better-auth's shared counters, under
 * keys of our own: `note-write:<user>:<uuid>`), so every app instance sees the same count. The
 * INSERT … SELECT counts and records in one statement, so concurrent writes cannot both take the
 * last slot. Rows older than the window are dropped as the user writes again (better-auth's own
 * pruning, of rows older than its longest window, at least 60 s, only ever takes expired ones).
 * Run it inside the write's transaction: one commit for both.
 *
 * Concurrent writes of one user take turns: the first statement upserts the user's lock row
 * (`note-lock:<user>`), which PostgreSQL keeps locked until the transaction ends, so the next
 * writer's count sees this one's slot (READ COMMITTED: each statement reads what has committed).
 * SQLite needs no lock of ours (nor its statement): it runs one writing transaction at a time.
 */
export async function takeNoteWriteSlot(db: Tx, userId: string, now = Date.now()): Promise<boolean> {
  const prefix = `note-write:${userId}:`;
  const end = `${prefix}\uffff`; // key range instead of LIKE, so the unique index on key serves it
  const since = now - NOTE_WRITE_WINDOW_MS;
  const id = randomUUID();
  const lock = `note-lock:${userId}`;
  // A random id: two first writers racing on the same id would meet the primary key, which ON CONFLICT ("key") does not cover.
  if (providerOfClient(db) === 'postgresql')
    await db.$executeRaw`INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${lock}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET "lastRequest" = ${now}`;
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" >= ${prefix} AND "key" < ${end} AND "lastRequest" <= ${since}`;
  const inserted = await db.$executeRaw`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest")
    SELECT ${id}, ${prefix + id}, 1, ${now}
    WHERE (SELECT COUNT(*) FROM "RateLimit" WHERE "key" >= ${prefix} AND "key" < ${end} AND "lastRequest" > ${since}) < ${LIMIT}`;
  return inserted === 1;
}
