import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { DriverAdapterError, type IsolationLevel, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery, type Transaction } from '@prisma/driver-adapter-utils';
import { sqliteFile } from './provider';

// How long a SQLite connection waits for another process's write lock before it gives up.
const BUSY_TIMEOUT_MS = 15_000;
const READ = /^\s*SELECT\b/i;
const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/**
 * Prisma's better-sqlite3 adapter runs every query of a client on one connection and lets queries
 * outside a transaction run while it is open, so they land inside it: a rollback undoes other
 * requests' writes, and a single write on a second connection of the same process waits for a lock
 * its own event loop holds (better-sqlite3 waits synchronously: 15 s, then SQLITE_BUSY). This
 * factory gives a client two connections and one queue instead:
 * - reads outside a transaction (SELECT) go to a read connection of their own, which in WAL mode
 *   never waits for a writer and sees only committed data;
 * - every write and every transaction takes the write connection in turn: a transaction holds it
 *   from BEGIN IMMEDIATE to COMMIT or ROLLBACK, so it holds only its own statements, and a write
 *   outside it waits for it rather than joining it.
 * The queue belongs to the file, not the client: every client of this process on one file (the
 * app's, a script's, a test's) takes its turn in it. Other processes on the same file (a second
 * instance, the seed) meet at SQLite's write lock.
 */
export class QueuedSqlite implements SqlDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName = '@prisma/adapter-better-sqlite3+queue';

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    const open = () => new PrismaBetterSqlite3({ url: this.url, timeout: BUSY_TIMEOUT_MS }).connect();
    const [writer, reader] = await Promise.all([open(), open()]);
    // WAL (set on the file by lib/db/migrate.ts) with synchronous=NORMAL: a commit is an append to
    // the log, synced at checkpoints rather than at each commit. Committed writes survive the app's
    // crash (kill -9; tests/integration/instances); the last ones can be lost on a power failure,
    // never corrupting the file. FULL costs an fsync per commit: about 30 ms here.
    await writer.executeRaw(statement('PRAGMA synchronous = NORMAL'));
    await reader.executeRaw(statement('PRAGMA query_only = ON'));
    const file = sqliteFile(this.url);
    const queue = queues.get(file) ?? new WriteQueue();
    queues.set(file, queue);
    return new QueuedSqliteAdapter(writer, reader, queue);
  }
}

/** Turns at a file's write connections, one at a time. */
class WriteQueue {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for this turn; resolves to the function that ends it (idempotent). */
  async take(): Promise<() => void> {
    const previous = this.#tail;
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    this.#tail = previous.then(() => done);
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }
}

const queues = new Map<string, WriteQueue>();

class QueuedSqliteAdapter implements SqlDriverAdapter {
  readonly provider = 'sqlite';
  readonly adapterName = '@prisma/adapter-better-sqlite3+queue';
  constructor(
    private readonly writer: SqlDriverAdapter,
    private readonly reader: SqlDriverAdapter,
    private readonly queue: WriteQueue,
  ) {}

  async #exclusive<T>(run: () => Promise<T>): Promise<T> {
    const release = await this.queue.take();
    try {
      return await run();
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery) {
    return READ.test(query.sql) ? this.reader.queryRaw(query) : this.#exclusive(() => this.writer.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#exclusive(() => this.writer.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#exclusive(() => this.writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE') throw new DriverAdapterError({ kind: 'InvalidIsolationLevel', level: isolationLevel });
    const release = await this.queue.take();
    const { writer } = this;
    try {
      // IMMEDIATE: the write lock is taken now, so a transaction that reads before it writes cannot
      // fail with SQLITE_BUSY_SNAPSHOT when another process wrote meanwhile.
      await writer.executeRaw(statement('BEGIN IMMEDIATE'));
    } catch (error) {
      release();
      throw error;
    }
    // Prisma sends COMMIT and ROLLBACK itself (usePhantomQuery: false), then calls these.
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => writer.queryRaw(query),
      executeRaw: (query) => writer.executeRaw(query),
      commit: async () => release(),
      rollback: async () => release(),
      createSavepoint: async (name) => void (await writer.executeRaw(statement(`SAVEPOINT ${name}`))),
      rollbackToSavepoint: async (name) => void (await writer.executeRaw(statement(`ROLLBACK TO ${name}`))),
      releaseSavepoint: async (name) => void (await writer.executeRaw(statement(`RELEASE SAVEPOINT ${name}`))),
    };
  }

  async dispose() {
    await this.#exclusive(() => this.writer.dispose());
    await this.reader.dispose();
  }
}
