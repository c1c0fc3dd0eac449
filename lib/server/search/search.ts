// Search over every release's segments, on SQLite (an FTS5 trigram index, lib/db/search-ddl.ts)
// and PostgreSQL (pg_trgm GIN indexes on the same columns): one query gives a page of hits and
// the total. Queries are folded as the index is (lib/search/), so a query in any script finds the
// text in every script. No 'server-only' here, so benches can run it; lib/server/search/index.ts
// is what the app imports.
import { convert } from '@/lib/chinese/convert';
import type { Region, ReleaseKind, Script, SegmentKind, SourceScript } from '@/lib/core/text';
import { providerOfClient, type PrismaClient } from '@/lib/db/client';
import type { Provider } from '@/lib/db/provider';
import { parseInput } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { chineseSpans, englishSpans, foldChinese, foldChineseQuery, pinyinHolds, type Span } from '@/lib/search/fold';
import { parseQuery, searchInputSchema, type Needle, type SearchInput, type SearchRequest } from '@/lib/search/query';

export type { Span };

export type SearchHit = {
  slug: string;
  /** The segment's permalink id: the reader shows it at `#p-<segmentId>`. */
  segmentId: string;
  /** Its place in the release (0-based). */
  position: number;
  segmentKind: SegmentKind;
  date: string;
  /** `zh` in the asked script (converted whole from the release's source script). */
  issuer: { zh: string; en: string };
  title: { zh: string; en: string };
  kindOfRelease: ReleaseKind | null;
  region: Region | null;
  sourceScript: SourceScript;
  /** The segment's Chinese converted whole to the asked script, and its English. */
  zh: string;
  en: string;
  /** What matched, as UTF-16 offsets into `zh` and `en` (end excluded), in order, not overlapping. */
  highlights: { zh: Span[]; en: Span[] };
};

export type SearchResult = {
  /** Segments matching, over all pages. */
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  /** Newest release first, then in the release's order. */
  hits: SearchHit[];
  /** Glossary terms the query named by their pinyin (their segments are among the hits). */
  terms: { key: string; pinyin: string }[];
};

type Row = {
  segmentId: string;
  position: number | bigint;
  segmentKind: string;
  zh: string;
  en: string;
  slug: string;
  date: string;
  sourceScript: string;
  issuerZh: string;
  issuerEn: string;
  titleZh: string;
  titleEn: string;
  kindOfRelease: string | null;
  region: string | null;
  total: number | bigint;
};

/** FTS5's trigram tokenizer matches substrings of three characters or more; shorter ones are scanned for. */
const TRIGRAM = 3;
const column = { zh: '"zhFolded"', en: '"enFolded"' } as const;
const needleText = (n: Needle) => (n.field === 'zh' ? n.text : ` ${n.stem}`); // an English stem starts a word
const length = (text: string) => Array.from(text).length;

/** SQLite: one FTS5 MATCH for every needle it can serve (a phrase per needle), instr() for the short ones. */
function sqliteMatch(alternatives: Needle[][]): Prisma.Sql {
  const phrase = (n: Needle) => `${column[n.field].slice(1, -1)} : "${needleText(n).replaceAll('"', '""')}"`;
  const fts = (expression: string) => Prisma.sql`s."rowid" IN (SELECT "rowid" FROM "SegmentSearch" WHERE "SegmentSearch" MATCH ${expression})`;
  const scan = (n: Needle) => Prisma.sql`instr(s.${Prisma.raw(column[n.field])}, ${needleText(n)}) > 0`;
  const long = (n: Needle) => length(needleText(n)) >= TRIGRAM;
  // All long: the index alone answers, one lookup for the whole query.
  if (alternatives.every((all) => all.every(long))) return fts(alternatives.map((all) => `(${all.map(phrase).join(' AND ')})`).join(' OR '));
  const conjunct = (all: Needle[]) => {
    const indexed = all.filter(long);
    const parts = [...(indexed.length ? [fts(indexed.map(phrase).join(' AND '))] : []), ...all.filter((n) => !long(n)).map(scan)];
    return Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
  };
  return Prisma.join(alternatives.map(conjunct), ' OR ');
}

/** PostgreSQL: LIKE '%…%' per needle; the trigram GIN indexes serve them, combined by the planner. */
function postgresMatch(alternatives: Needle[][]): Prisma.Sql {
  const like = (n: Needle) => Prisma.sql`s.${Prisma.raw(column[n.field])} LIKE ${`%${needleText(n).replace(/[\\%_]/g, '\\$&')}%`}`;
  return Prisma.join(
    alternatives.map((all) => Prisma.sql`(${Prisma.join(all.map(like), ' AND ')})`),
    ' OR ',
  );
}

/**
 * The issuer names as stored (each release's own script) that `issuer` names: its English name, or
 * its Chinese in any script (a hit shows the issuer converted to the asked script, and a caller may
 * send that back). Issuers are few, so they are matched here rather than folded in the database.
 */
async function storedIssuers(client: PrismaClient, issuer: string): Promise<string[]> {
  const wanted = foldChineseQuery(issuer);
  const releases = await client.release.findMany({ select: { issuerZh: true, issuerEn: true, sourceScript: true }, distinct: ['issuerZh'] });
  return releases.filter((r) => r.issuerEn === issuer || foldChinese(r.issuerZh, r.sourceScript as SourceScript) === wanted).map((r) => r.issuerZh);
}

function filtersSql(filters: SearchRequest['filters'], issuers: string[] | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (issuers) parts.push(issuers.length ? Prisma.sql`r."issuerZh" IN (${Prisma.join(issuers)})` : Prisma.sql`1 = 0`);
  if (filters.region) parts.push(Prisma.sql`r."region" = ${filters.region}`);
  if (filters.kind) parts.push(Prisma.sql`r."kind" = ${filters.kind}`);
  if (filters.from) parts.push(Prisma.sql`r."date" >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`r."date" <= ${filters.to}`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

const FROM = Prisma.sql`FROM "Segment" s JOIN "Release" r ON r."id" = s."releaseId"`;

/**
 * The page of segments matching `where` (newest release first, then in order) and how many match
 * in all, in one query: the count is a window over the same rows. A page past the end has no rows
 * to carry it, so it counts again.
 */
export async function pageOfSegments(client: PrismaClient, where: Prisma.Sql, page: number, pageSize: number): Promise<{ rows: Row[]; total: number }> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT s."key" AS "segmentId", s."position", s."kind" AS "segmentKind", s."zh", s."en",
      r."slug", r."date", r."sourceScript", r."issuerZh", r."issuerEn", r."titleZh", r."titleEn", r."kind" AS "kindOfRelease", r."region",
      COUNT(*) OVER () AS "total"
    ${FROM} WHERE ${where}
    ORDER BY r."date" DESC, r."slug" ASC, s."position" ASC
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  if (rows.length || page === 1) return { rows, total: Number(rows[0]?.total ?? 0) };
  const [{ total }] = await client.$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS "total" ${FROM} WHERE ${where}`;
  return { rows, total: Number(total) };
}

/** The WHERE clause for needles, on a provider. */
export const matchSql = (provider: Provider, alternatives: Needle[][]) => (provider === 'sqlite' ? sqliteMatch(alternatives) : postgresMatch(alternatives));

/** The glossary terms whose pinyin holds `key` as whole syllables. */
async function termsByPinyin(client: PrismaClient, key: string | null) {
  if (!key) return [];
  const terms = await client.glossaryTerm.findMany({ select: { key: true, pinyin: true }, orderBy: { key: 'asc' } });
  return terms.filter((t) => pinyinHolds(t.pinyin, key));
}

/** What a hit shows: the segment and its release in the asked script, with what matched marked. */
export function hitOf(row: Row, script: Script, needles: { zh: string[]; en: string[] }): SearchHit {
  const source = row.sourceScript as SourceScript;
  const zh = convert(row.zh, source, script);
  return {
    slug: row.slug,
    segmentId: row.segmentId,
    position: Number(row.position),
    segmentKind: row.segmentKind as SegmentKind,
    date: row.date,
    issuer: { zh: convert(row.issuerZh, source, script), en: row.issuerEn },
    title: { zh: convert(row.titleZh, source, script), en: row.titleEn },
    kindOfRelease: row.kindOfRelease as ReleaseKind | null,
    region: row.region as Region | null,
    sourceScript: source,
    zh,
    en: row.en,
    highlights: { zh: chineseSpans(zh, needles.zh), en: englishSpans(row.en, needles.en) },
  };
}

/**
 * Searches every release's segments: a query with Chinese in any script finds it in every script;
 * English words find the English; pinyin finds the glossary terms it reads as (and the segments
 * holding them); see lib/search/query.ts. Filters by issuer, region, kind of release and date
 * range; paged. Throws a bad_request DomainError naming the field for invalid input.
 */
export async function searchSegmentsIn(client: PrismaClient, input: SearchInput): Promise<SearchResult> {
  const { q, script, filters, page, pageSize } = parseInput(searchInputSchema, input);
  const query = parseQuery(q);
  const terms = await termsByPinyin(client, query.pinyin);
  const alternatives = [...query.alternatives, ...terms.map((t): Needle[] => [{ field: 'zh', text: t.key }])];
  if (!alternatives.length) return { total: 0, page, pageSize, pages: 0, hits: [], terms };
  const issuers = filters.issuer ? await storedIssuers(client, filters.issuer) : null;
  const where = Prisma.sql`(${matchSql(providerOfClient(client), alternatives)}) ${filtersSql(filters, issuers)}`;
  const { rows, total } = await pageOfSegments(client, where, page, pageSize);
  const all = alternatives.flat();
  const needles = {
    zh: all.flatMap((n) => (n.field === 'zh' ? [n.text] : [])),
    en: all.flatMap((n) => (n.field === 'en' ? [n.stem] : [])),
  };
  return { total, page, pageSize, pages: Math.ceil(total / pageSize), hits: rows.map((row) => hitOf(row, script, needles)), terms };
}
