import { SEQ } from '@/lib/cache/tags';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from './client';

/**
 * Bumps each tag (see the ViewVersion model) inside a write's transaction, so caches see the
 * change exactly when it commits: the sequence row first (which also orders concurrent bumpers:
 * each waits for the row's lock), then every tag stamped with it. Two statements, however many
 * tags: each statement costs a write more than its rows do.
 */
export async function bumpTags(tx: Tx, tags: Iterable<string>): Promise<void> {
  const unique = [...new Set(tags)].sort();
  if (!unique.length) return;
  const [{ version }] = await tx.$queryRaw<{ version: number | bigint }[]>`INSERT INTO "ViewVersion" ("tag", "version", "seq") VALUES (${SEQ}, 1, 1)
    ON CONFLICT ("tag") DO UPDATE SET "version" = "ViewVersion"."version" + 1, "seq" = "ViewVersion"."version" + 1 RETURNING "version"`;
  const seq = Number(version);
  await tx.$executeRaw`INSERT INTO "ViewVersion" ("tag", "version", "seq") VALUES ${Prisma.join(unique.map((tag) => Prisma.sql`(${tag}, 1, ${seq})`))}
    ON CONFLICT ("tag") DO UPDATE SET "version" = "ViewVersion"."version" + 1, "seq" = ${seq}`;
}
