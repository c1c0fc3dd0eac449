import 'server-only';
import { createPrismaClient, type PrismaClient, type Tx } from '@/lib/db/client';
import { writeWith } from '@/lib/db/write';
import { env } from '@/lib/env';

export type { Tx };

// One client per server process, kept on globalThis so that development hot reloads do not open
// new connections each time.
const clients = globalThis as unknown as { duizhaoDb?: PrismaClient };

/** The app's client: reads, single statements and transactions (see lib/db/write.ts). */
export const db: PrismaClient = (clients.duizhaoDb ??= createPrismaClient(env.DATABASE_URL));

/** A write transaction: everything `body` does commits together or not at all (see lib/db/write.ts). */
export const write = <T>(body: (tx: Tx) => Promise<T>): Promise<T> => writeWith(db, body);

/** Closes the client (tests and scripts that end the process). */
export async function disconnect(): Promise<void> {
  await db.$disconnect();
}
