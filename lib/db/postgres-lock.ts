import pg from 'pg';

/** Advisory lock keys: any numbers, the same in every process. */
export const LOCKS = { migrate: 7_263_510, prepare: 7_263_511 } as const;

/**
 * Runs `run` while holding a PostgreSQL session-level advisory lock on `key`, on a connection of
 * its own: processes doing the same (two instances starting at once) take turns.
 */
export async function withAdvisoryLock<T>(url: string, key: number, run: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    return await run();
  } finally {
    await client.end(); // ends the session, and with it the lock
  }
}
