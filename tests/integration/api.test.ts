import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { tempDatabase } from '../support/temp-db';

const SLUG = '2024-03-08-shandong-new-industrialization';
let db: Awaited<ReturnType<typeof tempDatabase>>;
let listRoute: typeof import('@/app/api/v1/releases/route');
let releaseRoute: typeof import('@/app/api/v1/releases/[slug]/route');

beforeAll(async () => {
  db = await tempDatabase();
  vi.stubEnv('DATABASE_URL', db.url);
  vi.stubEnv('BETTER_AUTH_SECRET', db.authSecret);
  const { prepareDatabase } = await import('../../scripts/support/prepare');
  await prepareDatabase(db.url, { quiet: true });
  listRoute = await import('@/app/api/v1/releases/route');
  releaseRoute = await import('@/app/api/v1/releases/[slug]/route');
}, 60_000); // migrating and seeding a fresh file is slow on a busy machine
afterAll(async () => {
  const { prisma } = await import('@/lib/db');
  await prisma.$disconnect();
  vi.unstubAllEnvs();
  await db.cleanup();
});

async function getRelease(slug: string, query = '') {
  const response = await releaseRoute.GET(new Request(`http://test/api/v1/releases/${slug}${query}`), { params: Promise.resolve({ slug }) });
  return { status: response.status, body: await response.json() };
}

describe('GET /api/v1/releases', () => {
  test('lists releases newest first with bilingual titles', async () => {
    const body = await (await listRoute.GET(new Request('http://test/api/v1/releases'))).json();
    const dates = body.releases.map((r: { date: string }) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const shandong = body.releases.find((r: { slug: string }) => r.slug === SLUG);
    expect(shandong).toMatchObject({ date: '2024-03-08', sourceScript: 'hans' });
    expect(shandong.title.en).toMatch(/industrialization/i);
  });
});

describe('GET /api/v1/releases/{slug}', () => {
  test.each([
    ['hans', '专精特新'],
    ['hant', '專精特新'],
    ['tw', '專精特新'],
    ['hk', '專精特新'],
  ])('script=%s gives zh in that script', async (script, term) => {
    const { status, body } = await getRelease(SLUG, `?script=${script}`);
    expect(status).toBe(200);
    expect(body.script).toBe(script);
    expect(body.segments).toHaveLength(27);
    const point = body.segments.find((s: { id: string }) => s.id === 'a2-1');
    expect(point).toMatchObject({ kind: 'point', speaker: { id: 'wang-maoqing' } });
    expect(point.zh).toContain(term);
    expect(point.en).toContain('1,000');
  });

  test('without a script, zh is in the source script', async () => {
    const { body } = await getRelease(SLUG);
    expect(body.script).toBe('hans');
    expect(body.title.zh).toContain('山东');
  });

  test('wording=tw lists substitutions that point into the text', async () => {
    const { status, body } = await getRelease(SLUG, '?script=tw&wording=tw');
    expect(status).toBe(200);
    const subs = body.segments.flatMap((s: { zh: string; substitutions: { original: string; localized: string; offset: number }[] }) =>
      s.substitutions.map((sub) => ({ ...sub, at: s.zh.slice(sub.offset, sub.offset + sub.localized.length) })),
    );
    expect(subs.length).toBeGreaterThan(0);
    for (const sub of subs) expect(sub.at).toBe(sub.localized);
  });

  test.each([
    ['?script=klingon', 'script'],
    ['?script=hans&wording=tw', 'wording'],
    ['?wording=xx', 'wording'],
  ])('%s is a 400 naming the field', async (query, field) => {
    const { status, body } = await getRelease(SLUG, query);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(new RegExp(`^${field}`));
  });

  test('an unknown slug is a 404 with a JSON error', async () => {
    const { status, body } = await getRelease('no-such-release');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: 'No release with slug "no-such-release"' } });
  });
});
