// No 'server-only' here: scripts/support/prepare.ts (npm start, the seed) runs it outside Next.
import type { PrismaClient } from '@/lib/db/client';
import type { SourceScript } from '@/lib/core/text';
import { FOLD_VERSION, searchFields } from '@/lib/search/fold';

const BATCH = 500;

/**
 * Folds again the segments whose search text was made by an older folding (or none: rows from
 * before the search index), a batch per transaction, so search finds every release however it
 * was stored. Returns how many were folded; nothing to do is one indexed query.
 */
export async function refoldSegments(prisma: PrismaClient): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await prisma.segment.findMany({
      where: { foldVersion: { lt: FOLD_VERSION } },
      select: { id: true, zh: true, en: true, release: { select: { sourceScript: true } } },
      take: BATCH,
    });
    if (!batch.length) return done;
    await prisma.$transaction(async (tx) => {
      for (const s of batch) await tx.segment.update({ where: { id: s.id }, data: searchFields(s.zh, s.en, s.release.sourceScript as SourceScript) });
    });
    done += batch.length;
  }
}
