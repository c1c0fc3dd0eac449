import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { releaseSchema } from '@/lib/content/schema';
import type { PrismaClient } from '@/lib/db/client';
import { mergeWithNext, splitSegment, updateSegment } from '@/lib/drafts/edit';
import type { DraftRelease } from '@/lib/drafts/schema';
import type { DraftView } from '@/lib/server/imports/view';
import { SEED_PATH } from '../fixtures/seed';
import { appDatabase } from '../support/app-database';
import { signUp } from '../support/sign-up';

const SITE = 'http://localhost:3000';
const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const TAIWAN = 'taiwan/president-tw-2024-06-13-28493.big5.txt';
const SEEDED = '2024-03-08-shandong-new-industrialization';
const MB = 1024 * 1024;
const present = existsSync(CORPUS);
if (!present) console.log(`imports: the corpus tests skipped: ${CORPUS} is absent`);

let db: Awaited<ReturnType<typeof appDatabase>>;
let prisma: PrismaClient;
let collection: typeof import('@/app/api/v1/imports/route');
let one: typeof import('@/app/api/v1/imports/[id]/route');
let publishRoute: typeof import('@/app/api/v1/imports/[id]/publish/route');
let yamlRoute: typeof import('@/app/api/v1/releases/[slug]/content.yaml/route');
let releaseRoute: typeof import('@/app/api/v1/releases/[slug]/route');
let editor: string;
let rival: string;
let reader: string;

beforeAll(async () => {
  db = await appDatabase();
  prisma = db.prisma;
  [collection, one, publishRoute, yamlRoute, releaseRoute] = await Promise.all([
    import('@/app/api/v1/imports/route'),
    import('@/app/api/v1/imports/[id]/route'),
    import('@/app/api/v1/imports/[id]/publish/route'),
    import('@/app/api/v1/releases/[slug]/content.yaml/route'),
    import('@/app/api/v1/releases/[slug]/route'),
  ]);
  editor = await signUp(prisma, { name: 'Editor One', email: 'editor-one@example.org', role: 'editor' });
  rival = await signUp(prisma, { name: 'Editor Two', email: 'editor-two@example.org', role: 'editor' });
  reader = await signUp(prisma, { name: 'Reader', email: 'reader@example.org' });
}, 60_000);
afterAll(() => db.close());

type Answer = { status: number; body: { import: DraftView; imports: unknown[]; release: { slug: string }; error: { code: string; message: string; reason?: string } } };
const answer = async (response: Response): Promise<Answer> => ({ status: response.status, body: response.status === 204 ? null : await response.json() });
// Writes come from the site's own pages, as a browser's do: with their Origin.
const headers = (cookie: string | undefined, extra: Record<string, string> = {}) => ({ ...(cookie && { cookie }), origin: SITE, ...extra });
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

function upload(cookie: string | undefined, body: BodyInit, query: Record<string, string> = {}, type = 'application/octet-stream') {
  const url = `${SITE}/api/v1/imports?${new URLSearchParams(query)}`;
  return collection.POST(new Request(url, { method: 'POST', body, headers: headers(cookie, { 'content-type': type }), duplex: 'half' } as RequestInit)).then(answer);
}
const get = (cookie: string, id: string) => one.GET(new Request(`${SITE}/api/v1/imports/${id}`, { headers: headers(cookie) }), idParams(id)).then(answer);
const patch = (cookie: string, id: string, body: unknown) =>
  one
    .PATCH(
      new Request(`${SITE}/api/v1/imports/${id}`, { method: 'PATCH', body: JSON.stringify(body), headers: headers(cookie, { 'content-type': 'application/json' }) }),
      idParams(id),
    )
    .then(answer);
const discard = (cookie: string, id: string) => one.DELETE(new Request(`${SITE}/api/v1/imports/${id}`, { method: 'DELETE', headers: headers(cookie) }), idParams(id)).then(answer);
const publish = (cookie: string, id: string, body: unknown = {}) =>
  publishRoute
    .POST(
      new Request(`${SITE}/api/v1/imports/${id}/publish`, { method: 'POST', body: JSON.stringify(body), headers: headers(cookie, { 'content-type': 'application/json' }) }),
      idParams(id),
    )
    .then(answer);
const list = (cookie: string) => collection.GET(new Request(`${SITE}/api/v1/imports`, { headers: headers(cookie) })).then(answer);

/** What a failed write may not leave behind. */
const counts = async () => ({
  drafts: await prisma.importDraft.count(),
  releases: await prisma.release.count(),
  revisions: await prisma.releaseRevision.count(),
  segments: await prisma.segment.count(),
});

/** The English an editor writes before publishing, and a slug. */
const filled = (release: DraftRelease, slug: string): DraftRelease => ({
  ...release,
  slug,
  title: { zh: release.title.zh || '外交部发言人答记者问', en: release.title.en || 'An imported release' },
  issuer: { zh: release.issuer.zh || '發布單位', en: 'The issuer' },
  speakers: Object.fromEntries(Object.entries(release.speakers).map(([key, s]) => [key, { ...s, en: `Speaker ${key}` }])),
});

describe.skipIf(!present)('an editor imports the Big5 Taiwan interview over the API', () => {
  let draft: DraftView;

  test('POST: a draft with the report (Big5, Traditional, 18 questions, two speakers) and what stops publishing', async () => {
    const before = await counts();
    const { status, body } = await upload(editor, readFileSync(path.join(CORPUS, TAIWAN)), {
      fileName: path.basename(TAIWAN),
      sourceUrl: 'https://www.president.gov.tw/NEWS/28493',
    });
    expect(status).toBe(201);
    draft = body.import;
    expect(draft).toMatchObject({ version: 1, fileName: 'president-tw-2024-06-13-28493.big5.txt', sourceUrl: 'https://www.president.gov.tw/NEWS/28493', publishedAs: null });
    expect(draft.report).toMatchObject({ encoding: { encoding: 'big5' }, script: { script: 'hant', sourceScript: 'hant' }, date: '2024-06-13', damage: [] });
    expect(draft.report.structure).toMatchObject({ segments: 56, kinds: { question: 18 }, speakers: [{ zh: '問' }, { zh: '總統' }] });
    expect(draft.report.cleaning.punctuation).toHaveLength(2);
    expect(draft.release).toMatchObject({
      slug: 'president-tw-2024-06-13-28493-big5',
      date: '2024-06-13',
      sourceScript: 'hant',
      title: { zh: '總統接受「時代雜誌」（TIME）專訪內容', en: '' },
    });
    expect(draft.blockers.map((b) => b.field)).toEqual(['title.en', 'issuer.zh', 'issuer.en', 'speakers.speaker-2.en']); // 問 is the question role, with its English
    expect(draft.release.speakers).toMatchObject({ question: { zh: '問', en: 'Question' } });
    expect(await counts()).toEqual({ ...before, drafts: before.drafts + 1 });
    expect((await list(editor)).body.imports).toEqual([expect.objectContaining({ id: draft.id, title: draft.release.title.zh, segments: 56, damage: { total: 0, open: 0 } })]);
  });

  test("another editor's draft is not found; readers and signed-out callers are refused; nothing changes", async () => {
    const before = await prisma.importDraft.findUniqueOrThrow({ where: { id: draft.id } });
    for (const refused of [
      await get(rival, draft.id),
      await patch(rival, draft.id, { version: 1, release: draft.release }),
      await discard(rival, draft.id),
      await publish(rival, draft.id),
    ])
      expect(refused).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await list(rival)).body.imports).toEqual([]);
    expect(await get(reader, draft.id)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await list(reader)).toMatchObject({ status: 403 });
    expect(await upload(reader, '問：你好')).toMatchObject({ status: 403 });
    expect(await upload(undefined, '問：你好')).toMatchObject({ status: 401 });
    expect(await prisma.importDraft.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);
  });

  test('PATCH: the editor fixes a kind, splits and merges, writes the English; the version goes up', async () => {
    let release = filled(draft.release, 'tw-president-time-interview-2024');
    const subtitle = release.segments.find((s) => s.kind === 'subtitle')!;
    release = updateSegment(release, subtitle.id, { kind: 'lead' });
    const answer = release.segments.find((s) => s.kind === 'answer' && s.zh.includes('。') && s.zh.indexOf('。') < s.zh.length - 1)!;
    const { draft: split, id } = splitSegment(release, answer.id, answer.zh.indexOf('。') + 1);
    release = mergeWithNext(split, answer.id).draft; // and back
    expect(release.segments.find((s) => s.id === answer.id)!.zh).toBe(answer.zh);
    release = split;
    const { status, body } = await patch(editor, draft.id, { version: 1, release });
    expect(status).toBe(200);
    expect(body.import.version).toBe(2);
    expect(body.import.blockers).toEqual([]);
    expect(body.import.release.segments.find((s) => s.id === id)).toMatchObject({ kind: 'answer', speaker: answer.speaker });
    expect(body.import.release.segments.find((s) => s.id === subtitle.id)!.kind).toBe('lead');
    draft = body.import;
  });

  test('two tabs: a save made on an older version gets a conflict and overwrites nothing', async () => {
    const stale = { ...draft.release, title: { ...draft.release.title, en: 'Typed in the other tab' } };
    const { status, body } = await patch(editor, draft.id, { version: 1, release: stale });
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'conflict', reason: 'version_conflict', message: expect.stringMatching(/^version: .*another tab.*version 2; reload it$/) });
    expect((await get(editor, draft.id)).body.import).toEqual(draft);
  });

  test('publish: a release in the reader in every script, the draft marked published, the YAML for editors only', async () => {
    const before = await counts();
    const { status, body } = await publish(editor, draft.id, { version: 2 });
    expect(status).toBe(201);
    expect(body.release.slug).toBe('tw-president-time-interview-2024');
    expect(body.import).toMatchObject({ publishedAs: 'tw-president-time-interview-2024', version: 3, blockers: [] });
    expect(await counts()).toEqual({ ...before, releases: before.releases + 1, revisions: before.revisions + 1, segments: before.segments + draft.release.segments.length });
    const stored = await prisma.release.findUniqueOrThrow({ where: { slug: 'tw-president-time-interview-2024' }, include: { revisions: true } });
    expect(stored).toMatchObject({ origin: 'browser', sourceScript: 'hant', region: 'taiwan', kind: 'interview', sourceUrl: 'https://www.president.gov.tw/NEWS/28493' });
    expect(stored.revisions[0].summary).toBe('Published from an import of president-tw-2024-06-13-28493.big5.txt');

    for (const [script, form] of [
      ['hans', '总统'],
      ['hant', '總統'],
      ['tw', '總統'],
      ['hk', '總統'],
    ]) {
      const response = await releaseRoute.GET(new Request(`${SITE}/api/v1/releases/${stored.slug}?script=${script}`), { params: Promise.resolve({ slug: stored.slug }) });
      const view = await response.json();
      expect(response.status).toBe(200);
      expect(view.title.zh).toContain(form);
      expect(view.segments).toHaveLength(draft.release.segments.length);
      expect(view.segments.every((s: { en: string }) => s.en === '')).toBe(true);
    }

    const yaml = (cookie: string) =>
      yamlRoute.GET(new Request(`${SITE}/api/v1/releases/${stored.slug}/content.yaml`, { headers: { cookie } }), { params: Promise.resolve({ slug: stored.slug }) });
    const file = await yaml(editor);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(file.headers.get('content-disposition')).toContain('filename="tw-president-time-interview-2024.yaml"');
    const content = releaseSchema.parse(parseYaml(await file.text()));
    expect(content).toMatchObject({ slug: stored.slug, title: { en: 'An imported release' }, speakers: { 'speaker-2': { zh: '總統', en: 'Speaker speaker-2' } } });
    expect((await yaml(reader)).status).toBe(403);
  });

  test('a published draft is read-only and publishes once', async () => {
    expect(await patch(editor, draft.id, { version: 3, release: draft.release })).toMatchObject({ status: 409, body: { error: { reason: 'published' } } });
    expect(await publish(editor, draft.id)).toMatchObject({ status: 409, body: { error: { reason: 'published' } } });
    expect(await discard(editor, draft.id)).toEqual({ status: 204, body: null });
    expect(await prisma.release.count({ where: { slug: 'tw-president-time-interview-2024' } })).toBe(1);
  });
});

describe('damaged text: repaired or accepted before anything is published', () => {
  let draft: DraftView;
  // The release with every spot decided: each refusal below starts from it.
  let ready: DraftRelease;

  beforeAll(async () => {
    const created = await upload(editor, readFileSync(SEED_PATH), { fileName: 'shandong-scrape.txt' });
    expect(created.status).toBe(201);
    draft = created.body.import;
    const saved = await patch(editor, draft.id, { version: 1, release: { ...filled(draft.release, 'shandong-imported'), date: '2024-03-08' } });
    expect(saved.status).toBe(200);
    draft = saved.body.import;
  });

  test('unrepaired damage blocks publishing with a 409 naming the spot, and nothing is written', async () => {
    expect(draft.report.damage).toHaveLength(5);
    expect(draft.blockers.map((b) => b.reason)).toEqual(Array(5).fill('damage_unresolved'));
    const before = await counts();
    const { status, body } = await publish(editor, draft.id);
    expect(status).toBe(409);
    expect(body.error).toMatchObject({
      code: 'conflict',
      reason: 'damage_unresolved',
      message: expect.stringMatching(/^damage\.0: the damaged text ".+" at line 6, column \d+ is neither repaired nor accepted \(and 4 more/),
    });
    expect(await counts()).toEqual(before);
  });

  test('PATCH repairs four spots and accepts one with a reason; a text retyped by hand cannot be repaired', async () => {
    const repairs = [
      { spot: 0, action: 'repair', restored: '优' },
      { spot: 1, action: 'repair', restored: '数' },
      { spot: 2, action: 'repair', restored: '。科技创' },
      { spot: 4, action: 'repair', restored: '报', reason: 'The masthead reads 大众日报.' },
      { spot: 3, action: 'accept', reason: 'Too long to restore here; a curator checks the source.' },
    ];
    const { status, body } = await patch(editor, draft.id, { version: draft.version, damage: repairs });
    expect(status).toBe(200);
    expect(body.import.report.damage.map((d) => d.resolution?.action)).toEqual(['repaired', 'repaired', 'repaired', 'accepted', 'repaired']);
    expect(body.import.release.speakers['speaker-3'].zh).toBe('大众日报·大众新闻客户端记者');
    expect(body.import.release.editorial.repairs).toHaveLength(4);
    expect(body.import.blockers).toEqual([]);
    draft = body.import;
    ready = draft.release;

    const retyped = updateSegment(draft.release, 'a1-5', { zh: draft.release.segments.find((s) => s.id === 'a1-5')!.zh.replace(draft.report.damage[3].text, '') });
    const gone = await patch(editor, draft.id, { version: draft.version, release: retyped, damage: [{ spot: 3, action: 'repair', restored: '模化高值化利用，今年力争' }] });
    expect(gone).toMatchObject({ status: 409, body: { error: { reason: 'damage_gone', message: expect.stringMatching(/^damage\.3: /) } } });
    expect((await get(editor, draft.id)).body.import).toEqual(draft);
  });

  test('a slug another release has: 409, the release and the draft as they were', async () => {
    const seeded = await prisma.release.findUniqueOrThrow({ where: { slug: SEEDED } });
    const saved = await patch(editor, draft.id, { version: draft.version, release: { ...draft.release, slug: SEEDED } });
    const before = await counts();
    const { status, body } = await publish(editor, draft.id);
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ reason: 'slug_taken', message: expect.stringMatching(/^slug: a release "2024-03-08-shandong-new-industrialization" exists already/) });
    expect(await counts()).toEqual(before);
    expect(await prisma.release.findUniqueOrThrow({ where: { slug: SEEDED } })).toEqual(seeded);
    expect(await prisma.importDraft.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ publishedAs: null, version: saved.body.import.version });
    draft = saved.body.import;
  });

  test.each([
    ['an invalid slug', { slug: 'Shandong Import' }, 'slug', 'slug_invalid'],
    ['an invalid date', { date: '2024-02-30' }, 'date', 'date_invalid'],
    ['a source URL that is no web page', { sourceUrl: 'javascript:alert(1)' }, 'sourceUrl', 'url_invalid'],
  ])('%s: saved as typed, then refused at publishing with 400 naming the field', async (_, change, field, reason) => {
    const saved = await patch(editor, draft.id, { version: draft.version, release: { ...ready, ...change } });
    expect(saved.status).toBe(200);
    expect(saved.body.import.blockers).toEqual([expect.objectContaining({ field, reason })]);
    const before = await counts();
    expect(await publish(editor, draft.id)).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request', reason, message: expect.stringMatching(new RegExp(`^${field}: `)) } },
    });
    expect(await counts()).toEqual(before);
    draft = saved.body.import;
  });

  test('fixed, it publishes with its repairs and the accepted spot told in the note', async () => {
    const saved = await patch(editor, draft.id, { version: draft.version, release: { ...ready, sourceUrl: '' } });
    expect(saved.body.import.blockers).toEqual([]);
    const { status } = await publish(editor, draft.id, { version: saved.body.import.version });
    expect(status).toBe(201);
    const stored = await prisma.release.findUniqueOrThrow({ where: { slug: 'shandong-imported' }, include: { repairs: true } });
    expect(stored.repairs).toHaveLength(4);
    expect(stored.editorialNote).toContain('kept as it is');
    expect(stored.sourceUrl).toBeNull();
  });
});

describe('bad input is refused with a clear error, and no draft is stored', () => {
  const png = () => readFileSync(path.join(ROOT, 'public/screenshot-reader.png'));

  test.each<[string, () => BodyInit, Record<string, string>, string, number, string, string | undefined, RegExp]>([
    ['6 MB', () => new Uint8Array(6 * MB).fill(0x41), {}, 'application/octet-stream', 413, 'payload_too_large', undefined, /^body: larger than 5 MB$/],
    ['a PNG', png, { fileName: 'screenshot.png' }, 'application/octet-stream', 415, 'unsupported_media_type', 'BINARY', /^file: this is a PNG file, not text or HTML$/],
    ['a PNG sent as one', png, {}, 'image/png', 415, 'unsupported_media_type', undefined, /^content-type: send the file as application\/octet-stream, text\/plain, text\/html$/],
    ['an empty file', () => new Uint8Array(), {}, 'text/plain', 400, 'bad_request', 'EMPTY', /^file: the file is empty$/],
    ['text that is not Chinese', () => 'A press release in English only.', {}, 'text/plain', 400, 'bad_request', 'NOT_CHINESE', /^file: the file holds no Chinese text$/],
    [
      'an HTML page with no article',
      () =>
        '<!doctype html><html><head><title>外交部</title></head><body><nav><a href="/">首页</a> <a href="/a">外交部新闻</a></nav><ul><li><a href="/c">杨洁篪会见卢森堡外交大臣</a></li></ul></body></html>',
      { fileName: 'menu.html' },
      'text/html',
      400,
      'bad_request',
      'NO_ARTICLE',
      /^file: the page has no article/,
    ],
    ['a source URL that is not one', () => '中文', { sourceUrl: 'not a url' }, 'text/plain', 400, 'bad_request', undefined, /^sourceUrl: /],
  ])('%s', async (_, body, query, type, status, code, reason, message) => {
    const before = await counts();
    const refused = await upload(editor, body(), query, type);
    expect(refused.status).toBe(status);
    expect(refused.body.error).toEqual({ code, message: expect.stringMatching(message), ...(reason && { reason }) });
    expect(await counts()).toEqual(before);
  });

  test('an oversize upload is refused while it arrives: most of it is never read', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ < 6 * 16) controller.enqueue(new Uint8Array(64 * 1024).fill(0x41));
        else controller.close();
      },
    });
    expect((await upload(editor, stream)).status).toBe(413);
    expect(pulled).toBeLessThan(6 * 16);
  });

  test('a script with an API token imports without a browser (no Origin); a session write from another site is refused', async () => {
    const { createToken } = await import('@/lib/server/auth/tokens');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'editor-one@example.org' } });
    const { token } = await createToken(user.id, 'import script');
    const url = `${SITE}/api/v1/imports?fileName=pasted.txt`;
    const viaToken = await collection
      .POST(new Request(url, { method: 'POST', body: '問：你好嗎？\n答：很好。', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=utf-8' } }))
      .then(answer);
    expect(viaToken).toMatchObject({ status: 201, body: { import: { fileName: 'pasted.txt', release: { slug: 'pasted' } } } });
    const crossSite = await collection
      .POST(new Request(url, { method: 'POST', body: '中文', headers: { cookie: editor, origin: 'http://evil.example', 'content-type': 'text/plain' } }))
      .then(answer);
    expect(crossSite).toMatchObject({ status: 403, body: { error: { message: expect.stringMatching(/^origin: /) } } });
  });
});
