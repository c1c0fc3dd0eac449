import { ACCOUNT_BACKOFF, ADDRESS_BACKOFF, accountKey, addressKey, waitMs, type Failures } from '@/lib/auth/throttle';
import type { PrismaClient } from '@/lib/db/client';

/** The sign-in backoff's state in the database (the SignInThrottle table), shared by every app instance. */
export function signInThrottle(prisma: PrismaClient, now: () => number = Date.now) {
  async function state(key: string): Promise<Failures | null> {
    const row = await prisma.signInThrottle.findUnique({ where: { key } });
    return row && { failures: row.failures, lastFailure: Number(row.lastFailure) };
  }
  return {
    /** How long an attempt on `email` from `address` must still wait (ms). */
    async wait(email: string, address: string): Promise<number> {
      const [account, from] = await Promise.all([state(accountKey(email)), state(addressKey(address))]);
      const t = now();
      return Math.max(waitMs(account, t, ACCOUNT_BACKOFF), waitMs(from, t, ADDRESS_BACKOFF));
    },
    /** A wrong password: one more failure for the account and the address, counted in one statement each (concurrent attempts all count). */
    async failed(email: string, address: string): Promise<void> {
      const t = now();
      for (const key of [accountKey(email), addressKey(address)])
        await prisma.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lastFailure") VALUES (${key}, 1, ${t})
          ON CONFLICT ("key") DO UPDATE SET "failures" = "SignInThrottle"."failures" + 1, "lastFailure" = ${t}`;
    },
    /** The right password: the account starts afresh (the address keeps its count: others may be guessing from it). */
    async succeeded(email: string): Promise<void> {
      await prisma.signInThrottle.deleteMany({ where: { key: accountKey(email) } });
    },
  };
}
