import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * Prisma's pg adapter over two connection pools: transactions take connections from one, every
 * query outside a transaction from the other. With a single pool, a transaction body that also
 * reads through the client itself (lib/server/glossary/invalidation.ts reads the corpus) needs a
 * second connection while it holds one: as many concurrent transactions as the pool has
 * connections then wait for each other until they time out. Each transaction still has a
 * connection of its own, so it holds only its own statements.
 */
export class SplitPoolPg implements SqlDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg+split-pools';

  constructor(
    private readonly url: string,
    private readonly size: { queries: number; transactions: number },
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    const pool = (max: number) => new PrismaPg({ connectionString: this.url, max }).connect();
    const [queries, transactions] = await Promise.all([pool(this.size.queries), pool(this.size.transactions)]);
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      queryRaw: (query) => queries.queryRaw(query),
      executeRaw: (query) => queries.executeRaw(query),
      executeScript: (script) => queries.executeScript(script),
      startTransaction: (isolationLevel) => transactions.startTransaction(isolationLevel),
      getConnectionInfo: () => queries.getConnectionInfo?.() ?? { supportsRelationJoins: true },
      dispose: async () => void (await Promise.all([queries.dispose(), transactions.dispose()])),
    };
  }
}
