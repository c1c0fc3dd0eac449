import pg from 'pg';
import type { TagVersions } from './versions';

// Rows bumped since the last look: the index on seq serves it, and it is empty when nothing changed.
const SINCE = 'SELECT "tag", "version", "seq" FROM "ViewVersion" WHERE "seq" > $1';

/**
 * Tag versions read from PostgreSQL, as the SQLite front reads its file: every sync() reads the
 * rows bumped since the last one, on a connection of the front's own, so a request that arrives
 * after a write has committed on any instance is checked against it (and a write's own answer goes
 * out after its bump is seen). Concurrent syncs share reads: while one is in flight, everyone
 * arriving meanwhile waits for the next, which starts when it ends, so there is at most one query
 * in flight and one waiting, whatever the traffic. When the database cannot be read, every version
 * is unknown (-1), so nothing is served from cache or kept until a read succeeds again.
 */
export function postgresVersions(url: string): TagVersions {
  const versions = new Map<string, number>();
  let seq = -1;
  let known = false;
  let client: Promise<pg.Client> | null = null;
  let inflight: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  let closed = false;

  const connection = () =>
    (client ??= (async () => {
      const c = new pg.Client({ connectionString: url, application_name: 'duizhao-front' });
      c.on('error', () => void (client = null)); // a dropped connection is replaced at the next read
      await c.connect();
      return c;
    })().catch((error: unknown) => {
      client = null;
      throw error;
    }));

  async function read() {
    try {
      const { rows } = await (await connection()).query<{ tag: string; version: number; seq: number }>({ name: 'duizhao-front-since', text: SINCE, values: [seq] });
      for (const row of rows) {
        versions.set(row.tag, row.version);
        seq = Math.max(seq, row.seq);
      }
      known = true;
    } catch {
      known = false;
      client?.then((c) => c.end()).catch(() => {});
      client = null;
    }
  }

  function sync(): Promise<void> {
    if (closed) return Promise.resolve();
    if (!inflight) return (inflight = read().finally(() => (inflight = null)));
    // A read in flight may have started before this request's write committed: wait for the next.
    return (next ??= inflight.then(() => {
      next = null;
      return sync();
    }));
  }

  return {
    current: (tag) => (known ? (versions.get(tag) ?? 0) : -1),
    sync,
    async close() {
      closed = true;
      await inflight;
      await (await client?.catch(() => null))?.end().catch(() => {});
    },
  };
}
