// The English API on a real SQLite file: a Hong Kong release imported and published as the app
// does, its official English aligned, reviewed link by link, published; Duizhao's translation
// written segment by segment; and every refusal.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { appDatabase } from '../support/app-database';
import { hongKongPair, hongKongPresent } from '../support/hongkong';
import { signUp } from '../support/sign-up';

const SLUG = '2026-01-22-hk-consumer-prices';
const PUBLISHER = { zh: '香港特別行政區政府新聞處', en: 'Information Services Department, HKSAR Government' };

describe.skipIf(!hongKongPresent)('the English of a Hong Kong release through the API', () => {
  let db: Awaited<ReturnType<typeof appDatabase>>;
  let prisma: PrismaClient;
  let editor: string;
  let reader: string;
  let pair: ReturnType<typeof hongKongPair>;
  let routes: {
    english: typeof import('@/app/api/v1/releases/[slug]/english/route');
    official: typeof import('@/app/api/v1/releases/[slug]/english/official/route');
    publish: typeof import('@/app/api/v1/releases/[slug]/english/official/publish/route');
    segment: typeof import('@/app/api/v1/releases/[slug]/segments/[id]/route');
    segments: typeof import('@/app/api/v1/releases/[slug]/segments/route');
  };

  beforeAll(async () => {
    db = await appDatabase();
    prisma = db.prisma;
    editor = await signUp(prisma, { name: 'Edith Editor', email: 'edith@example.org', role: 'editor' });
    reader = await signUp(prisma, { name: 'Rita Reader', email: 'rita@example.org' });
    pair = hongKongPair('hk20260122_cpi_dec2025', SLUG, { zh: '政府統計處', en: 'Census and Statistics Department' });
    const { publishRelease } = await import('@/lib/server/releases/publish');
    const { id } = await prisma.user.findUniqueOrThrow({ where: { email: 'edith@example.org' } });
    await publishRelease({ editorId: id, release: pair.release, summary: 'Published from an import', create: true });
    routes = {
      english: await import('@/app/api/v1/releases/[slug]/english/route'),
      official: await import('@/app/api/v1/releases/[slug]/english/official/route'),
      publish: await import('@/app/api/v1/releases/[slug]/english/official/publish/route'),
      segment: await import('@/app/api/v1/releases/[slug]/segments/[id]/route'),
      segments: await import('@/app/api/v1/releases/[slug]/segments/route'),
    };
  }, 120_000);
  afterAll(() => db?.close());

  // Writes come from the site's own pages, as a browser's do: with their Origin.
  const request = (url: string, { method = 'GET', cookie, body }: { method?: string; cookie?: string; body?: unknown } = {}) =>
    new Request(`http://localhost:3000${url}`, {
      method,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(method !== 'GET' && { origin: 'http://localhost:3000' }), ...(cookie ? { cookie } : {}) },
    });
  const json = async (response: Response) => ({ status: response.status, body: await response.json() });
  const params = (slug = SLUG, id?: string) => ({ params: Promise.resolve<Record<string, string>>(id === undefined ? { slug } : { slug, id }) });
  const base = (slug = SLUG) => `/api/v1/releases/${slug}`;
  const align = (cookie: string | undefined, body: unknown, slug = SLUG) =>
    routes.official.POST(request(`${base(slug)}/english/official`, { method: 'POST', cookie, body }), params(slug)).then(json);
  const getOfficial = (cookie?: string) => routes.official.GET(request(`${base()}/english/official`, { cookie }), params()).then(json);
  const edit = (body: unknown, cookie = editor) => routes.official.PATCH(request(`${base()}/english/official`, { method: 'PATCH', cookie, body }), params()).then(json);
  const publish = (body: unknown, cookie = editor) => routes.publish.POST(request(`${base()}/english/official/publish`, { method: 'POST', cookie, body }), params()).then(json);
  const tracks = (slug = SLUG) => routes.english.GET(request(`${base(slug)}/english`), params(slug)).then(json);
  const patchSegment = (id: string, body: unknown, cookie: string | undefined = editor) =>
    routes.segment.PATCH(request(`${base()}/segments/${id}`, { method: 'PATCH', cookie, body }), params(SLUG, id)).then(json);
  const version = async () => (await tracks()).body.version as string;

  // One figure mistyped in the English (1.4% → 1.7%), as the review must catch.
  const english = () => pair.english.replace('rose by 1.4% in December 2025', 'rose by 1.7% in December 2025');
  const input = () => ({ text: english(), url: pair.englishUrl, publisher: PUBLISHER });
  const lines = () => english().trim().split('\n');

  test('aligning proposes links for the headline and every segment, with kinds, confidences and the figure that disagrees; nothing is published', async () => {
    const { status, body } = await align(editor, input());
    expect(status).toBe(201);
    const segments = ['#title', ...pair.release.segments.map((s) => s.id)];
    expect(body.links.flatMap((l: { zh: string[] }) => l.zh)).toEqual(segments);
    expect(body.links.flatMap((l: { en: number[] }) => l.en)).toEqual(lines().map((_, i) => i));
    expect(body.links[0]).toMatchObject({
      zh: ['#title'],
      zhText: pair.release.title.zh,
      en: [0],
      enText: 'Consumer Price Indices for December 2025',
      kind: '1-1',
      accepted: false,
    });
    expect(body.links.every((l: { kind: string; confidence: number }) => l.kind === '1-1' && l.confidence > 0 && l.confidence <= 1)).toBe(true);
    expect(body.paragraphs).toEqual(lines());
    expect(body).toMatchObject({ revision: 0, accepted: 0, stale: false, editor: 'Edith Editor', publisher: PUBLISHER, url: pair.englishUrl });
    expect(body.gaps.omitted).toEqual([]);
    expect(body.gaps.added).toEqual([]);
    expect(body.gaps.figures).toEqual([
      expect.objectContaining({
        link: 1,
        zh: ['lead'],
        en: [1],
        issues: [expect.objectContaining({ figure: expect.objectContaining({ text: '1.4%' }), message: expect.stringMatching(/“1\.4%”/) })],
      }),
    ]);
    expect(await prisma.officialEnglish.count({ where: { release: { slug: SLUG } } })).toBe(0);
  });

  test('the proposal is kept: a reload gives it to an editor; anyone else sees only what is published', async () => {
    const { body } = await getOfficial(editor);
    expect(body.proposal.links).toHaveLength(lines().length);
    expect(body).toMatchObject({ slug: SLUG, version: await version(), published: null });
    for (const who of [undefined, reader]) {
      const { status, body } = await getOfficial(who);
      expect(status).toBe(200);
      expect(body).toEqual({ slug: SLUG, version: expect.any(String), published: null });
    }
  });

  test('link edits: split a link, see the gaps, merge it back; a stale revision is 409, an impossible edit 400', async () => {
    const split = await edit({ revision: 0, edits: [{ op: 'split', link: 3 }] });
    expect(split.status).toBe(200);
    expect(split.body.links.slice(3, 5).map((l: { zh: string[]; en: number[]; kind: string; confidence: number | null }) => [l.zh, l.en, l.kind, l.confidence])).toEqual([
      [['p-3'], [], '1-0', null],
      [[], [3], '0-1', null],
    ]);
    expect(split.body).toMatchObject({ revision: 1, focus: 3, gaps: { omitted: ['p-3'], added: [3] } });
    expect(await edit({ revision: 0, edits: [{ op: 'accept', link: 0 }] })).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect(await edit({ revision: 1, edits: [{ op: 'merge', link: 99 }] })).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/^edits: there is no link 100/) } },
    });
    expect(await edit({ revision: 1, edits: [{ op: 'move', link: 4, side: 'en', to: 'previous' }] })).toMatchObject({ status: 200, body: { revision: 2, focus: 3 } });
    const { body } = await getOfficial(editor);
    expect(body.proposal.links).toHaveLength(lines().length);
    expect(body.proposal.links[3]).toMatchObject({ zh: ['p-3'], en: [3], kind: '1-1', confidence: null, accepted: false });
    expect(body.proposal.gaps).toMatchObject({ omitted: [], added: [] });
  });

  test('publishing waits for every link to be accepted, then writes english.official and a revision', async () => {
    expect(await publish({ version: await version() })).toMatchObject({ status: 409, body: { error: { message: expect.stringMatching(/16 of 16 links are not accepted/) } } });
    expect(await edit({ revision: 2, edits: [{ op: 'accept', link: 1 }] })).toMatchObject({ status: 200, body: { accepted: 1 } });
    expect(await edit({ revision: 3, edits: [{ op: 'acceptAll' }] })).toMatchObject({ status: 200, body: { accepted: 16 } });
    expect(await publish({ version: 'not-the-version' })).toMatchObject({ status: 409, body: { error: { message: expect.stringMatching(/changed by someone else/) } } });
    const { status, body } = await publish({ version: await version() });
    expect(status).toBe(200);
    expect(body.official).toMatchObject({ publisher: PUBLISHER, url: pair.englishUrl, title: 'Consumer Price Indices for December 2025', paragraphs: lines().slice(1) });
    expect(body.official.links[0]).toEqual({ zh: ['lead'], zhText: pair.release.segments[0].zh, en: [0], enText: lines()[1], kind: '1-1', confidence: null });
    // The OfficialEnglish row the reader reads: links over segment keys, paragraph indexes without the headline.
    const row = await prisma.officialEnglish.findFirstOrThrow({ where: { release: { slug: SLUG } } });
    expect(JSON.parse(row.links)).toEqual(pair.release.segments.map((s, i) => ({ zh: [s.id], en: [i] })));
    expect(JSON.parse(row.paragraphs)).toEqual(lines().slice(1));
    expect([row.publisherZh, row.publisherEn, row.title]).toEqual([PUBLISHER.zh, PUBLISHER.en, lines()[0]]);
    const revisions = await prisma.releaseRevision.findMany({ where: { release: { slug: SLUG } }, orderBy: { createdAt: 'asc' }, include: { editor: true } });
    expect(revisions.map((r) => r.summary)).toEqual([
      'Published from an import',
      'Official English published: Information Services Department, HKSAR Government, 15 paragraphs in 15 links',
    ]);
    expect(revisions[1].editor?.name).toBe('Edith Editor');
    expect(JSON.parse(revisions[1].snapshot).english).toEqual({});
    expect(await prisma.englishAlignmentDraft.count()).toBe(0);
  });

  test('GET …/english gives both tracks: the official English with its links and gaps, and Duizhao’s segments with their status', async () => {
    const { status, body } = await tracks();
    expect(status).toBe(200);
    expect(body).toMatchObject({ slug: SLUG, sourceScript: 'hant', title: { zh: pair.release.title.zh, en: lines()[0] } });
    expect(body.official).toMatchObject({ publisher: PUBLISHER, title: lines()[0], paragraphs: lines().slice(1) });
    expect(body.official.gaps.figures).toEqual([expect.objectContaining({ link: 0, zh: ['lead'], en: [0] })]);
    expect(body.duizhao.credits).toBeNull();
    expect(body.duizhao.counts).toEqual({ untranslated: 15, draft: 0, reviewed: 0 });
    expect(body.duizhao.segments[1]).toMatchObject({ id: 'p-2', en: '', status: 'untranslated', figureIssues: [], officialParagraphs: [1] });
    expect((await getOfficial()).body.published).toEqual(body.official);
  });

  test('a translation PATCH sets English and status in a revision naming the segment; the figures check runs on it', async () => {
    const { status, body } = await patchSegment('p-2', {
      version: await version(),
      en: 'Seasonally adjusted, the Composite CPI rose by 0.2% a month on average.',
      status: 'draft',
    });
    expect(status).toBe(200);
    expect(body.segment).toEqual({
      id: 'p-2',
      en: 'Seasonally adjusted, the Composite CPI rose by 0.2% a month on average.',
      status: 'draft',
      figureIssues: expect.arrayContaining([expect.stringMatching(/0\.1%/)]),
    });
    expect(body.version).toBe(await version());
    const latest = await prisma.releaseRevision.findFirstOrThrow({ where: { release: { slug: SLUG } }, orderBy: { createdAt: 'desc' } });
    expect(latest.summary).toBe('Translation of p-2 (draft)');
    const after = (await tracks()).body;
    expect(after.duizhao.counts).toEqual({ untranslated: 14, draft: 1, reviewed: 0 });
    expect(after.duizhao.segments[1]).toMatchObject({ status: 'draft', officialParagraphs: [1] });
    expect(after.official.paragraphs).toEqual(lines().slice(1));
  });

  test('a batch of segments is one revision; a change that changes nothing writes none', async () => {
    const count = () => prisma.releaseRevision.count({ where: { release: { slug: SLUG } } });
    const before = await count();
    const batch = (body: unknown) => routes.segments.PATCH(request(`${base()}/segments`, { method: 'PATCH', cookie: editor, body }), params()).then(json);
    const { status, body } = await batch({
      version: await version(),
      segments: [
        { id: 'h-9', en: 'Commentary', status: 'reviewed' },
        { id: 'p-2', status: 'reviewed' },
      ],
    });
    expect(status).toBe(200);
    expect(body.segments.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      ['p-2', 'reviewed'],
      ['h-9', 'reviewed'],
    ]);
    expect(await count()).toBe(before + 1);
    expect((await prisma.releaseRevision.findFirstOrThrow({ where: { release: { slug: SLUG } }, orderBy: { createdAt: 'desc' } })).summary).toBe(
      'Translation of p-2 (reviewed), h-9 (reviewed)',
    );
    expect(await patchSegment('h-9', { version: await version(), en: 'Commentary' })).toMatchObject({ status: 200, body: { segment: { status: 'reviewed' } } });
    expect(await count()).toBe(before + 1);
  });

  test('credits: "Duizhao translation by …, reviewed by …" in a revision', async () => {
    const patch = (body: unknown, cookie = editor) => routes.english.PATCH(request(`${base()}/english`, { method: 'PATCH', cookie, body }), params()).then(json);
    const translation = { by: 'Edith Editor', reviewedBy: ['Li Wei'] };
    expect(await patch({ version: await version(), translation })).toMatchObject({ status: 200, body: { translation } });
    expect((await tracks()).body.duizhao.credits).toEqual(translation);
    expect(await patch({ version: await version(), translation }, reader)).toMatchObject({ status: 403 });
  });

  test('an HTML page aligns as its text does', async () => {
    const [headline, ...body] = lines();
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title></head><body><nav><a href="/">Home</a></nav><div id="pressrelease">${body
      .map((p) => p.replace(/&/g, '&amp;'))
      .join('<br><br>\n')}</div><p>Ends/Thursday, January 22, 2026<br>Issued at HKT 16:30</p></body></html>`;
    const fromHtml = await align(editor, { html, url: pair.englishUrl, publisher: PUBLISHER });
    expect(fromHtml.status).toBe(201);
    expect(fromHtml.body.paragraphs).toEqual(lines());
    expect(fromHtml.body.links.map((l: { zh: string[]; en: number[] }) => [l.zh, l.en])).toEqual(
      [['#title'], ...pair.release.segments.map((s) => [s.id])].map((zh, i) => [zh, [i]]),
    );
    // Publishing closed the last proposal: this is a new one.
    expect(fromHtml.body).toMatchObject({ revision: 0, accepted: 0 });
    expect((await align(editor, input())).body.revision).toBe(1);
  });

  describe('refusals', () => {
    test('readers 403, nobody 401, whatever the body', async () => {
      expect(await align(reader, input())).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
      expect(await align(undefined, input())).toMatchObject({ status: 401 });
      expect(await edit({ revision: 1, edits: [{ op: 'acceptAll' }] }, reader)).toMatchObject({ status: 403 });
      expect(await publish({ version: await version() }, reader)).toMatchObject({ status: 403 });
      expect(await patchSegment('p-2', { version: await version(), en: 'x', status: 'draft' }, reader)).toMatchObject({ status: 403 });
      expect(await patchSegment('p-2', { version: await version(), en: 'x', status: 'draft' }, '')).toMatchObject({ status: 401 });
    });

    test('404 for an unknown release or segment', async () => {
      expect(await align(editor, input(), 'no-such-release')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
      expect(await tracks('no-such-release')).toMatchObject({ status: 404 });
      expect(await patchSegment('no-such-segment', { version: await version(), en: 'x', status: 'draft' })).toMatchObject({
        status: 404,
        body: { error: { message: expect.stringMatching(/no segment "no-such-segment"/) } },
      });
    });

    test('409 for a translation on a version the release has left', async () => {
      const stale = await version();
      await patchSegment('p-3', { version: stale, en: 'Analysed by sub-index.', status: 'draft' });
      expect(await patchSegment('p-4', { version: stale, en: 'Seasonally adjusted.', status: 'draft' })).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
      expect((await tracks()).body.duizhao.segments.find((s: { id: string }) => s.id === 'p-4').status).toBe('untranslated');
    });

    test.each<[string, () => unknown, RegExp]>([
      ['no URL', () => ({ text: english(), publisher: PUBLISHER }), /^url:/],
      ['a javascript: URL', () => ({ ...input(), url: 'javascript:alert(1)' }), /^url:/],
      ['text and html both', () => ({ ...input(), html: '<p>x</p>' }), /^text: give the English as text or as html/],
      ['neither', () => ({ url: pair.englishUrl, publisher: PUBLISHER }), /^text:/],
      ['a blank publisher', () => ({ ...input(), publisher: { zh: ' ', en: 'x' } }), /^publisher\.zh:/],
      ['no paragraph', () => ({ ...input(), text: '\n \n' }), /^text: holds no English paragraph/],
      [
        'a page with no article',
        () => ({ url: pair.englishUrl, publisher: PUBLISHER, html: '<html><body><nav><a href="/">Home</a></nav></body></html>' }),
        /^html: the page has no English article/,
      ],
    ])('aligning with %s is 400 naming the field', async (_, body, message) => {
      expect(await align(editor, body())).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringMatching(message) } } });
    });

    test.each<[string, Record<string, unknown>, RegExp]>([
      ['untranslated with English', { en: 'Some English', status: 'untranslated' }, /untranslated but has English/],
      ['a draft with no English', { en: '', status: 'draft' }, /has no English/],
      ['an unknown status', { en: 'x', status: 'official' }, /^status:/],
      ['nothing to change', {}, /^en: change en, status or both/],
    ])('a translation PATCH with %s is 400', async (_, change, message) => {
      expect(await patchSegment('p-5', { version: await version(), ...change })).toMatchObject({
        status: 400,
        body: { error: { code: 'bad_request', message: expect.stringMatching(message) } },
      });
    });

    test('a body that is not JSON is 415; JSON that does not parse is 400', async () => {
      const notJson = new Request(`http://localhost:3000${base()}/segments/p-2`, {
        method: 'PATCH',
        body: 'en=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000', cookie: editor },
      });
      expect((await routes.segment.PATCH(notJson, params(SLUG, 'p-2'))).status).toBe(415);
      expect(await patchSegment('p-2', '{"version":')).toMatchObject({ status: 400 });
    });

    test('a write from another site is refused', async () => {
      const crossSite = new Request(`http://localhost:3000${base()}/english/official/publish`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', cookie: editor },
      });
      expect((await routes.publish.POST(crossSite, params())).status).toBe(403);
    });
  });
});
