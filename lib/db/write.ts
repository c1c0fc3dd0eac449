import { ApiError } from '@/lib/api/errors';
import type { PrismaClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';

export type Tx = Prisma.TransactionClient;

/**
 * A write transaction whose body returns refusals (ApiError) instead of throwing them: they are
 * thrown once it has committed, having written nothing. The SQLite adapter runs every query of the
 * process on one connection, so whatever other requests write while a transaction is open lands
 * inside it, and a rollback would silently undo their writes too. SQLite admits one writer at a
 * time, so a burst queues (maxWait) rather than failing.
 */
export async function write<T>(prisma: PrismaClient, body: (tx: Tx) => Promise<T | ApiError>): Promise<T> {
  const result = await prisma.$transaction(body, { maxWait: 10_000 });
  if (result instanceof ApiError) throw result;
  return result;
}
