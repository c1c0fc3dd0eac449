import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-pg/client';
import { providerOf, type Provider } from './provider';
import { SplitPoolPg } from './postgres-adapter';
import { QueuedSqlite } from './sqlite-adapter';

/** Connections a client opens to PostgreSQL at most (per app process): for queries, and for transactions, each holding one of its own. */
const POSTGRES_POOLS = { queries: 10, transactions: 10 };

// A registered symbol rather than a module-level map: a bundled app can hold more than one copy of
// this module, and a client made by one must be known to the others.
const PROVIDER = Symbol.for('duizhao.db.provider');

/**
 * The one place a Prisma client is constructed (the app's client, scripts and tests use it), for
 * the provider DATABASE_URL's scheme names. Both generated clients come from one schema source with
 * the same models, so callers see one type: the SQLite client's.
 */
export function createPrismaClient(url: string): PrismaClient {
  const provider = providerOf(url);
  const client =
    provider === 'postgresql'
      ? (new PostgresPrismaClient({ adapter: new SplitPoolPg(url, POSTGRES_POOLS) }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: new QueuedSqlite(url) });
  Object.defineProperty(client, PROVIDER, { value: provider });
  return client;
}

/** The provider a client made by createPrismaClient talks to (or a transaction of one: it forwards the mark). */
export function providerOfClient(client: PrismaClient | Tx): Provider {
  const provider = (client as unknown as Record<symbol, Provider | undefined>)[PROVIDER];
  if (!provider) throw new Error('Not a client made by createPrismaClient');
  return provider;
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
