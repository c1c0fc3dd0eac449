import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appDatabase } from '../support/app-database';

// GET /api/v1/search over the seeded library (Simplified and Traditional releases from the
// mainland, Hong Kong and Taiwan), through the route as Next calls it, on SQLite and PostgreSQL.

type Hit = {
  slug: string;
  segmentId: string;
  date: string;
  region: string | null;
  kindOfRelease: string | null;
  issuer: { zh: string; en: string };
  zh: string;
  en: string;
  highlights: { zh: [number, number][]; en: [number, number][] };
  permalink: string;
};
type Body = { total: number; page: number; pageSize: number; pages: number; hits: Hit[]; terms: { key: string; pinyin: string }[] };

let db: Awaited<ReturnType<typeof appDatabase>>;
let searchRoute: typeof import('@/app/api/v1/search/route');

beforeAll(async () => {
  db = await appDatabase();
  searchRoute = await import('@/app/api/v1/search/route');
}, 120_000);
afterAll(() => db.close());

async function get(params: Record<string, string>) {
  const response = await searchRoute.GET(new Request(`http://test/api/v1/search?${new URLSearchParams(params)}`));
  return { status: response.status, body: await response.json() };
}

async function search(params: Record<string, string>): Promise<Body> {
  const { status, body } = await get({ pageSize: '100', ...params });
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.hits.length).toBe(Math.min(body.total, body.pageSize));
  return body;
}

const where = (body: Body) => body.hits.map((h) => `${h.slug}#${h.segmentId}`);
const marked = (text: string, spans: [number, number][]) => spans.map(([a, b]) => text.slice(a, b));

describe('queries', () => {
  test('專精特新 and 专精特新 give the same hits, across releases, marked in the asked script', async () => {
    const [traditional, simplified] = await Promise.all([search({ q: '專精特新' }), search({ q: '专精特新' })]);
    expect(where(traditional)).toEqual(where(simplified));
    expect(new Set(simplified.hits.map((h) => h.slug)).size).toBeGreaterThanOrEqual(2);
    for (const hit of simplified.hits) expect(marked(hit.zh, hit.highlights.zh)).toContain('专精特新');
    const tw = await search({ q: '专精特新', script: 'tw' });
    expect(where(tw)).toEqual(where(simplified));
    for (const hit of tw.hits) expect(marked(hit.zh, hit.highlights.zh)).toContain('專精特新');
  });

  test('臺灣 and 台湾 give the same hits, in Traditional and Simplified releases alike', async () => {
    const [traditional, simplified] = await Promise.all([search({ q: '臺灣' }), search({ q: '台湾' })]);
    expect(traditional.total).toBeGreaterThan(5);
    expect(where(traditional)).toEqual(where(simplified));
    const regions = new Set(simplified.hits.map((h) => h.region));
    expect(regions).toEqual(new Set(['taiwan', 'mainland']));
  });

  test('an English word finds the English, marked as whole words', async () => {
    const body = await search({ q: 'Taiwan' });
    expect(body.total).toBeGreaterThan(5);
    for (const hit of body.hits) expect(marked(hit.en, hit.highlights.en).some((w) => /^taiwan/i.test(w))).toBe(true);
  });

  test('pinyin lists the glossary term it reads as, with the segments holding it', async () => {
    const body = await search({ q: 'zhuanjingtexin' });
    expect(body.terms).toContainEqual({ key: '专精特新', pinyin: expect.stringMatching(/^zhuān jīng tè xīn$/) });
    expect(where(body)).toEqual(where(await search({ q: '专精特新' })));
  });

  test("each hit's permalink opens its segment in the reader, in the asked script", async () => {
    const body = await search({ q: '专精特新', script: 'hk' });
    for (const hit of body.hits) expect(hit.permalink).toBe(`/en/releases/${hit.slug}?script=hk#p-${hit.segmentId}`);
  });
});

describe('filters and pages', () => {
  test('region, kind and issuer keep only the releases they name', async () => {
    const all = await search({ q: '台湾' });
    const interview = all.hits.find((h) => h.kindOfRelease === 'interview')!;
    // The issuer filter takes the name in any script (as stored, or as a hit shows it) or in English.
    const { issuerZh } = await db.prisma.release.findUniqueOrThrow({ where: { slug: interview.slug } });
    const shown = interview.issuer.zh; // the stored Traditional, converted to Simplified
    expect(shown).not.toBe(issuerZh);
    for (const [params, keeps] of [
      [{ region: 'taiwan' }, (h: Hit) => h.region === 'taiwan'],
      [{ region: 'mainland' }, (h: Hit) => h.region === 'mainland'],
      [{ kind: 'interview' }, (h: Hit) => h.kindOfRelease === 'interview'],
      [{ issuer: issuerZh }, (h: Hit) => h.issuer.en === interview.issuer.en],
      [{ issuer: shown }, (h: Hit) => h.issuer.en === interview.issuer.en],
      [{ issuer: interview.issuer.en }, (h: Hit) => h.issuer.en === interview.issuer.en],
    ] as const) {
      const filtered = await search({ q: '台湾', ...params });
      expect(filtered.total, JSON.stringify(params)).toBeGreaterThan(0);
      expect(filtered.total, JSON.stringify(params)).toBeLessThan(all.total);
      expect(filtered.hits.every(keeps), JSON.stringify(params)).toBe(true);
      expect(where(filtered)).toEqual(where(all).filter((_, i) => keeps(all.hits[i])));
    }
  });

  test('a date range keeps its ends and what lies between', async () => {
    const all = await search({ q: '专精特新' });
    const dates = [...new Set(all.hits.map((h) => h.date))].sort();
    expect(dates.length).toBeGreaterThanOrEqual(2);
    const [first, last] = [dates[0], dates.at(-1)!];
    expect(where(await search({ q: '专精特新', from: first, to: first }))).toEqual(where(all).filter((_, i) => all.hits[i].date === first));
    const later = await search({ q: '专精特新', from: last });
    expect(later.hits.map((h) => h.date)).toEqual(all.hits.filter((h) => h.date >= last).map((h) => h.date));
    expect((await search({ q: '专精特新', to: '2000-01-01' })).total).toBe(0);
  });

  test('page 2 follows page 1; every page agrees on the total', async () => {
    const whole = await search({ q: '台湾', pageSize: '10' });
    const [one, two] = await Promise.all([search({ q: '台湾', pageSize: '5' }), search({ q: '台湾', pageSize: '5', page: '2' })]);
    expect(one.total).toBe(whole.total);
    expect(two.total).toBe(whole.total);
    expect([one.page, two.page, one.pages]).toEqual([1, 2, Math.ceil(whole.total / 5)]);
    expect(where(two)).not.toEqual(where(one));
    expect([...where(one), ...where(two)]).toEqual(where(whole));
  });

  test.each([
    [{ q: '台湾', region: 'mars' }, /^region: /],
    [{ q: '台湾', from: '2024-03-02', to: '2024-03-01' }, /^from: from must not be after to/],
    [{ q: '台湾', to: '2024-13-01' }, /^to: /],
    [{ q: '台湾', pageSize: '500' }, /^pageSize: /],
    [{ q: ' ' }, /^q: /],
    [{}, /^q: /],
  ])('%o is a 400 naming the parameter', async (params, message) => {
    const { status, body } = await get(params);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(message) });
  });
});

test('the OpenAPI document lists the search and its parameters', async () => {
  const { GET } = await import('@/app/api/v1/openapi.json/route');
  const document = await (await GET(new Request('http://test/api/v1/openapi.json'))).json();
  const parameters = document.paths['/api/v1/search'].get.parameters.map((p: { name: string }) => p.name);
  expect(parameters).toEqual(['q', 'script', 'page', 'pageSize', 'issuer', 'region', 'kind', 'from', 'to']);
});
