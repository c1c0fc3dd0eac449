import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import type { ReleaseContent } from '@/lib/content/schema';
import type { Span } from '@/lib/search/fold';
import { appDatabase } from '../support/app-database';

// Search and the concordance on the search index, on SQLite (FTS5 trigram) and PostgreSQL
// (pg_trgm), over the seeded Shandong release (Simplified) and test releases stored here as the
// app stores any release (storeRelease), one of them in Traditional.

type Search = typeof import('@/lib/server/search');
let db: Awaited<ReturnType<typeof appDatabase>>;
let prisma: PrismaClient;
let search: Search;
let storeRelease: typeof import('@/lib/content/store').storeRelease;
let refoldSegments: typeof import('@/lib/server/search/refold').refoldSegments;
let concordanceIn: typeof import('@/lib/server/search/concordance').concordanceIn;

const SHANDONG = '2024-03-08-shandong-new-industrialization';
const OCCURRENCES = 300;

function release(slug: string, fields: Partial<ReleaseContent> & Pick<ReleaseContent, 'date' | 'sourceScript' | 'segments'>): ReleaseContent {
  return {
    slug,
    sourceUrl: null,
    issuer: { zh: '測試發布機構', en: 'Test issuer' },
    title: { zh: '測試', en: 'Test' },
    speakers: {},
    editorial: { note: '', repairs: [], keepAsWritten: [] },
    english: {},
    ...fields,
  } as ReleaseContent;
}

const seg = (id: string, zh: string, en: string) => ({ id, kind: 'paragraph' as const, zh, en });

const TAIWAN = release('test-taiwan-traditional', {
  date: '2025-05-01',
  sourceScript: 'hant',
  region: 'taiwan',
  kind: 'news-release',
  issuer: { zh: '臺灣測試機關', en: 'Taiwan test office' },
  title: { zh: '專精特新企業赴臺灣', en: 'Specialised firms in Taiwan' },
  segments: [seg('t1', '支持專精特新企業赴臺灣投資。', 'Support specialised SMEs investing in Taiwan.'), seg('t2', '推動５Ｇ基站建設。', 'Build 5G base stations.')],
});
const MAINLAND = release('test-mainland-simplified', {
  date: '2023-01-10',
  sourceScript: 'hans',
  region: 'mainland',
  kind: 'statement',
  issuer: { zh: '测试办公室', en: 'Mainland test office' },
  segments: [
    seg('s1', '台湾同胞与大陆同胞血脉相连。', 'Compatriots in Taiwan and on the mainland share one bloodline.'),
    seg('s2', '全面推行链长制。', 'Chain leaders for every industrial chain.'),
  ],
});
const MANY = release('test-concordance', {
  date: '2022-06-01',
  sourceScript: 'hans',
  segments: Array.from({ length: OCCURRENCES }, (_, i) => seg(`c${i}`, `第${i}段：发展新质生产力。其他句子。坚持培育新质生产力！`, `Paragraph ${i}.`)),
});

async function store(content: ReleaseContent) {
  await prisma.$transaction((tx) => storeRelease(tx, content, { contentHash: 'test', origin: 'browser' }));
}

beforeAll(async () => {
  db = await appDatabase();
  prisma = db.prisma;
  search = await import('@/lib/server/search');
  ({ storeRelease } = await import('@/lib/content/store'));
  ({ refoldSegments } = await import('@/lib/server/search/refold'));
  ({ concordanceIn } = await import('@/lib/server/search/concordance'));
  for (const r of [TAIWAN, MAINLAND, MANY]) await store(r);
}, 120_000);
afterAll(() => db.close());

const cut = (text: string, spans: readonly Span[]) => spans.map(([a, b]) => text.slice(a, b));
const where = (hits: { slug: string; segmentId: string }[]) => hits.map((h) => `${h.slug}#${h.segmentId}`);
/** The hits in the releases stored here (the library's real releases have Taiwan in them too). */
const ours = (hits: { slug: string; segmentId: string }[]) => where(hits).filter((w) => w.startsWith('test-'));
async function all(q: string, extra: Record<string, unknown> = {}) {
  const result = await search.searchSegments({ q, pageSize: 100, ...extra });
  expect(result.hits.length).toBe(Math.min(result.total, 100));
  return result;
}

describe('a query in any script finds the text in every script', () => {
  test.each([['專精特新'], ['专精特新']])('%s finds the Simplified release and the Traditional one alike', async (q) => {
    const result = await all(q);
    const found = where(result.hits);
    expect(found).toContain('test-taiwan-traditional#t1');
    expect(found.filter((f) => f.startsWith(SHANDONG)).length).toBeGreaterThanOrEqual(1);
    expect(result.total).toBe((await all('專精特新')).total);
    for (const hit of result.hits) expect(cut(hit.zh, hit.highlights.zh)).toContain('专精特新'); // hans, the default script
  });

  test.each([
    ['hans', '专精特新', '台湾'],
    ['hant', '專精特新', '臺灣'],
    ['tw', '專精特新', '臺灣'],
    ['hk', '專精特新', '台灣'],
  ] as const)('shown in %s, with the match marked in that script', async (script, term, place) => {
    const { hits } = await all('专精特新 台湾', { script });
    expect(where(hits)).toEqual(['test-taiwan-traditional#t1']);
    expect(cut(hits[0].zh, hits[0].highlights.zh)).toEqual([term, place]);
    expect(hits[0].title.zh).toContain(term);
  });

  test.each([['臺灣'], ['台湾'], ['台灣']])('%s finds 臺灣 and 台湾', async (q) => {
    const result = await all(q);
    expect(ours(result.hits)).toEqual(['test-taiwan-traditional#t1', 'test-mainland-simplified#s1']); // newest first
    expect(result.total).toBe((await all('臺灣')).total);
    for (const hit of result.hits) expect(cut(hit.zh, hit.highlights.zh)).toContain('台湾');
  });

  test('full-width Latin and digits fold: 5G finds ５Ｇ, and the English 5G', async () => {
    const { hits } = await all('5G');
    expect(where(hits)).toEqual(expect.arrayContaining(['test-taiwan-traditional#t2', `${SHANDONG}#s4`]));
    const t2 = hits.find((h) => h.segmentId === 't2')!;
    expect(cut(t2.zh, t2.highlights.zh)).toEqual(['５Ｇ']);
    expect(cut(t2.en, t2.highlights.en)).toEqual(['5G']);
  });

  test('queries shorter than three characters are scanned for, not missed', async () => {
    const found = where((await all('链长')).hits);
    expect(found).toContain('test-mainland-simplified#s2');
    expect(found).toContain(`${SHANDONG}#s1`);
    expect(where((await all('鏈長')).hits)).toEqual(found);
    expect(where((await all('链')).hits)).toEqual(expect.arrayContaining(found));
  });
});

describe('English and pinyin', () => {
  test('English words find the English, as word prefixes, case and plural aside', async () => {
    const taiwan = await all('taiwan');
    expect(ours(taiwan.hits)).toEqual(['test-taiwan-traditional#t1', 'test-mainland-simplified#s1']);
    for (const h of taiwan.hits) expect(cut(h.en, h.highlights.en).some((w) => w.toLowerCase().startsWith('taiwan'))).toBe(true);
    const industry = await all('new industrialization');
    expect(industry.total).toBeGreaterThan(3);
    for (const h of industry.hits) {
      const words = cut(h.en, h.highlights.en).map((w) => w.toLowerCase());
      expect(words.some((w) => w.startsWith('new')) && words.some((w) => w.startsWith('industrializ'))).toBe(true);
    }
    expect((await all('TAIWAN')).total).toBe(taiwan.total);
    expect((await all('aiwan')).total).toBe(0); // a word's start, not any substring
  });

  test.each([['zhuanjingtexin'], ['zhuān jīng tè xīn'], ['zhuan1 jing1 te4 xin1'], ['Zhuanjing']])('pinyin %s finds the glossary term 专精特新 and where it stands', async (q) => {
    const result = await all(q);
    expect(result.terms.map((t) => t.key)).toContain('专精特新');
    expect(where(result.hits)).toEqual(where((await all('专精特新')).hits));
  });
});

describe('filters and pages', () => {
  test.each([
    [{ region: 'taiwan' }, ['test-taiwan-traditional#t1']],
    [{ kind: 'statement' }, ['test-mainland-simplified#s1']],
    [{ issuer: 'Mainland test office' }, ['test-mainland-simplified#s1']],
    [{ issuer: '臺灣測試機關' }, ['test-taiwan-traditional#t1']],
    [{ from: '2024-01-01' }, ['test-taiwan-traditional#t1']],
    [{ to: '2024-01-01' }, ['test-mainland-simplified#s1']],
    [{ from: '2023-01-10', to: '2023-01-10' }, ['test-mainland-simplified#s1']],
    [{ region: 'hongkong' }, []],
  ])('filters %o', async (filters, expected) => {
    const { hits } = await all('台湾', { filters });
    expect(ours(hits)).toEqual(expected);
    // The library's own releases are filtered as well.
    for (const h of hits) {
      if ('region' in filters) expect(h.region).toBe(filters.region);
      if ('kind' in filters) expect(h.kindOfRelease).toBe(filters.kind);
      if ('issuer' in filters) expect(h.slug).toMatch(/^test-/); // no real release has a test issuer
      if ('from' in filters) expect(h.date >= filters.from!).toBe(true);
      if ('to' in filters) expect(h.date <= filters.to!).toBe(true);
    }
  });

  test('pages split the hits in order; a page past the end is empty with the total', async () => {
    const whole = await all('新质生产力');
    expect(whole.total).toBeGreaterThan(OCCURRENCES);
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await search.searchSegments({ q: '新质生产力', page, pageSize: 25 }));
    expect(pages.flatMap((p) => where(p.hits))).toEqual(where(whole.hits));
    expect(pages.every((p) => p.total === whole.total && p.pages === Math.ceil(whole.total / 25))).toBe(true);
    const past = await search.searchSegments({ q: '新质生产力', page: 999, pageSize: 25 });
    expect(past).toMatchObject({ total: whole.total, hits: [] });
    // Newest release first, then in the release's own order.
    const dates = whole.hits.map((h) => h.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test.each([
    [{ q: '' }, /q:/],
    [{ q: 'x', filters: { region: 'mars' } }, /filters\.region/],
    [{ q: 'x', pageSize: 1000 }, /pageSize/],
  ])('bad input %o is a bad_request naming the field', async (input, message) => {
    await expect(search.searchSegments(input as never)).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(message) });
  });

  test('punctuation alone finds nothing, without a query', async () => {
    expect(await search.searchSegments({ q: '。，' })).toMatchObject({ total: 0, hits: [] });
  });
});

describe('the index follows the releases', () => {
  test('a release stored again is found by its new text only; a deleted one is not found', async () => {
    await store({ ...MAINLAND, segments: [seg('s1', '两岸同胞一家亲。', 'One family across the Strait.'), MAINLAND.segments[1]] });
    expect(ours((await all('台湾')).hits)).toEqual(['test-taiwan-traditional#t1']);
    expect(where((await all('一家亲')).hits)).toEqual(['test-mainland-simplified#s1']);
    await prisma.release.delete({ where: { slug: MAINLAND.slug } });
    expect((await all('一家亲')).total).toBe(0);
    await store(MAINLAND);
    expect(ours((await all('台湾')).hits)).toEqual(['test-taiwan-traditional#t1', 'test-mainland-simplified#s1']);
  });

  test('segments folded by an older folding (or before the index) are folded again at start-up', async () => {
    const before = (await all('臺灣')).total;
    await prisma.segment.updateMany({ where: { release: { slug: TAIWAN.slug } }, data: { zhFolded: '', enFolded: '', foldVersion: 0 } });
    expect((await all('臺灣')).total).toBe(before - 1);
    expect(await refoldSegments(prisma)).toBe(TAIWAN.segments.length);
    expect((await all('臺灣')).total).toBe(before);
    expect(await refoldSegments(prisma)).toBe(0);
  });
});

/** The client, counting the queries made through it. */
function counting(client: PrismaClient) {
  let queries = 0;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t);
        if (typeof value === 'function') return (...args: unknown[]) => (queries++, value.apply(t, args));
        if (typeof prop === 'string' && value && typeof value === 'object' && !prop.startsWith('_')) return wrap(value);
        return value;
      },
    });
  return { client: wrap(client), queries: () => queries };
}

describe('the concordance of a term', () => {
  test('stays one query and pages when the term occurs hundreds of times', async () => {
    const { client, queries } = counting(prisma);
    const first = await concordanceIn(client, '新質生產力', { script: 'hant', page: 1, pageSize: 50 });
    expect(queries()).toBe(1);
    expect(first.key).toBe('新质生产力');
    expect(first.total).toBeGreaterThan(OCCURRENCES);
    expect(first.pages).toBe(Math.ceil(first.total / 50));
    const seen = new Set<string>();
    for (let page = 1; page <= first.pages; page++) {
      const before = queries();
      const { lines, total } = await concordanceIn(client, '新质生产力', { script: 'hant', page, pageSize: 50 });
      expect(queries() - before).toBe(1);
      expect(total).toBe(first.total);
      for (const line of lines) {
        seen.add(`${line.slug}#${line.segmentId}`);
        expect(cut(line.sentence, line.highlights)).toEqual(expect.arrayContaining(['新質生產力']));
      }
    }
    expect(seen.size).toBe(first.total);
    const many = first.lines.filter((l) => l.slug === MANY.slug);
    // Two sentences of each of these segments hold the term, the one between them not.
    expect(many.slice(0, 4).map((l) => l.sentence)).toEqual([`第0段：發展新質生產力。`, '堅持培育新質生產力！', `第1段：發展新質生產力。`, '堅持培育新質生產力！']);
  });
});
