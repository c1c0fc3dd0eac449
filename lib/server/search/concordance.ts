// A term's concordance from the search index: the sentences holding it, a page of segments at a
// time, in one query however often the term occurs. No 'server-only' (benches run it); the app
// imports lib/server/search/index.ts.
import { z } from 'zod';
import { convert } from '@/lib/chinese/convert';
import { SCRIPTS, type SourceScript } from '@/lib/core/text';
import { providerOfClient, type PrismaClient } from '@/lib/db/client';
import { parseInput } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { chineseSpans, foldChineseQuery, type Span } from '@/lib/search/fold';
import { splitSentences } from '@/lib/study/sentences';
import { termKey } from '@/lib/terms/key';
import { matchSql, pageOfSegments } from './search';

export type ConcordanceLine = {
  slug: string;
  date: string;
  /** zh in the asked script. */
  releaseTitle: { zh: string; en: string };
  segmentId: string;
  /** The sentence holding the term, in the asked script, and where the term stands in it (UTF-16 offsets). */
  sentence: string;
  highlights: Span[];
  /** The whole segment's English. */
  en: string;
};

export type ConcordancePage = {
  key: string;
  /** Segments holding the term, over all pages (a segment can give several lines). */
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  lines: ConcordanceLine[];
};

const optionsSchema = z.object({
  script: z.enum(SCRIPTS).default('hans'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The concordance of a term, named by its key or any script's form: newest release first, a page of segments. */
export async function concordanceIn(client: PrismaClient, keyOrTerm: string, options: z.input<typeof optionsSchema> = {}): Promise<ConcordancePage> {
  const { script, page, pageSize } = parseInput(optionsSchema, options);
  const key = termKey(keyOrTerm);
  const needle = foldChineseQuery(key);
  const where = matchSql(providerOfClient(client), [[{ field: 'zh', text: needle }]]);
  const { rows, total } = await pageOfSegments(client, Prisma.sql`(${where})`, page, pageSize);
  const lines = rows.flatMap((row) => {
    const source = row.sourceScript as SourceScript;
    const shown = convert(row.zh, source, script);
    const spans = chineseSpans(shown, [needle]);
    const releaseTitle = { zh: convert(row.titleZh, source, script), en: row.titleEn };
    return splitSentences(shown).flatMap((sentence) => {
      const inside = spans.filter(([start]) => start >= sentence.start && start < sentence.end);
      if (!inside.length) return [];
      const highlights = inside.map(([start, end]): Span => [start - sentence.start, Math.min(end, sentence.end) - sentence.start]);
      return [{ slug: row.slug, date: row.date, releaseTitle, segmentId: row.segmentId, sentence: sentence.text, highlights, en: row.en }];
    });
  });
  return { key, total, page, pageSize, pages: Math.ceil(total / pageSize), lines };
}
