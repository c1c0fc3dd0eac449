import type { PrismaClient, Tx } from '@/lib/db/client';

export type { Tx };

/**
 * Runs `body` as one interactive transaction: everything it does commits together or not at all,
 * and anything it throws rolls back this transaction alone and reaches the caller. A transaction
 * holds only its own statements, on both providers: on PostgreSQL each one takes a pooled
 * connection of its own; on SQLite the client's write connection is queued, one transaction (or
 * single write) at a time, while reads outside it use a connection of their own (see
 * lib/db/sqlite-adapter.ts). tests/integration/lost-writes.test.ts interleaves failing
 * transactions with other writers on both.
 */
export function writeWith<T>(client: PrismaClient, body: (tx: Tx) => Promise<T>): Promise<T> {
  return client.$transaction(body, { maxWait: 20_000, timeout: 20_000 });
}
