import { SEQ } from '@/lib/cache/tags';
import type { Tx } from './client';

/**
 * Bumps each tag (see the ViewVersion model) inside a write's transaction, so caches see the
 * change exactly when it commits: the sequence row first, then each tag stamped with it.
 */
export async function bumpTags(tx: Tx, tags: Iterable<string>): Promise<void> {
  const unique = [...new Set(tags)];
  if (!unique.length) return;
  await tx.$executeRaw`INSERT INTO "ViewVersion" ("tag", "version", "seq") VALUES (${SEQ}, 1, 1)
    ON CONFLICT ("tag") DO UPDATE SET "version" = "ViewVersion"."version" + 1, "seq" = "ViewVersion"."version" + 1`;
  const [{ version }] = await tx.$queryRaw<{ version: number | bigint }[]>`SELECT "version" FROM "ViewVersion" WHERE "tag" = ${SEQ}`;
  const seq = Number(version);
  for (const tag of unique)
    await tx.$executeRaw`INSERT INTO "ViewVersion" ("tag", "version", "seq") VALUES (${tag}, 1, ${seq})
      ON CONFLICT ("tag") DO UPDATE SET "version" = "ViewVersion"."version" + 1, "seq" = ${seq}`;
}
