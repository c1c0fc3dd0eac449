import type { PrismaClient, Tx } from '@/lib/db/client';

export type { Tx };

/**
 * Runs `body` as one interactive transaction on `writer`, a client of its own: with SQLite the
 * adapter runs every query of a client on one connection, so a transaction opened on the client
 * that serves requests would also hold whatever other requests ran meanwhile, and a rollback would
 * undo their writes too. On its own connection a transaction holds only its own queries; the
 * adapter queues the writer's transactions one at a time, as SQLite admits one writer anyway.
 * Anything `body` throws rolls back this transaction alone and reaches the caller.
 */
export function writeWith<T>(writer: PrismaClient, body: (tx: Tx) => Promise<T>): Promise<T> {
  return writer.$transaction(body, { maxWait: 20_000, timeout: 20_000 });
}
