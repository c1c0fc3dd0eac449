import 'server-only';
import { createPrismaClient, type PrismaClient, type Tx } from '@/lib/db/client';
import { writeWith } from '@/lib/db/write';
import { env } from '@/lib/env';

export type { Tx };

// One reading client and one writing client per server process; kept on globalThis so that
// development hot reloads do not open new connections each time.
const clients = globalThis as unknown as { duizhaoDb?: PrismaClient; duizhaoWriter?: PrismaClient };

/** Reads, and writes of a single statement. */
export const db: PrismaClient = (clients.duizhaoDb ??= createPrismaClient(env.DATABASE_URL));
const writer: PrismaClient = (clients.duizhaoWriter ??= createPrismaClient(env.DATABASE_URL));

/** A write transaction: everything `body` does commits together or not at all (see lib/db/write.ts). */
export const write = <T>(body: (tx: Tx) => Promise<T>): Promise<T> => writeWith(writer, body);

/** Closes both clients (tests and scripts that end the process). */
export async function disconnect(): Promise<void> {
  await Promise.all([db.$disconnect(), writer.$disconnect()]);
}
