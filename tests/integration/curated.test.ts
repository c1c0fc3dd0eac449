import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { appDatabase } from '../support/app-database';
import { signUp } from '../support/sign-up';

type Curated = typeof import('@/lib/server/glossary/curated');

const KEY = '专精特新';
const HANT = '專精特新';

let db: Awaited<ReturnType<typeof appDatabase>>;
let prisma: PrismaClient;
let curated: Curated;
const editor = { id: 'editor-1', role: 'editor' };
const reader = { id: 'reader-1', role: 'reader' };

beforeAll(async () => {
  db = await appDatabase();
  prisma = db.prisma;
  curated = await import('@/lib/server/glossary/curated');
  for (const u of [editor, reader]) await prisma.user.create({ data: { id: u.id, name: `Name ${u.id}`, email: `${u.id}@example.org`, role: u.role } });
}, 60_000); // migrating and seeding a fresh file is slow on a busy machine
afterAll(() => db.close());

const row = () => prisma.glossaryTerm.findUniqueOrThrow({ where: { key: KEY } });
const revisionCount = () => prisma.termRevision.count({ where: { termKey: KEY } });

describe('updateCuratedTerm and curatedHistory', () => {
  test('an editor changes the explanation; one revision keeps the old one with the editor', async () => {
    const before = await row();
    const entry = await curated.updateCuratedTerm(editor, HANT, { explanation: 'A revised explanation.' });
    expect(entry).toMatchObject({ key: KEY, hant: HANT, explanation: 'A revised explanation.', pinyin: before.pinyin, literal: before.literal });
    expect(entry.renderings).toEqual(JSON.parse(before.renderings));
    const after = await row();
    expect(after.explanation).toBe('A revised explanation.');
    const revisions = await prisma.termRevision.findMany({ where: { termKey: KEY } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0].editorId).toBe(editor.id);
    expect(JSON.parse(revisions[0].snapshot)).toMatchObject({ explanation: before.explanation, pinyin: before.pinyin });
    expect(after.contentHash).toBe(`edited:${before.contentHash}:${revisions[0].id}`);
  });

  test('the Traditional form and the Simplified key reach the same row; history is newest first', async () => {
    await curated.updateCuratedTerm(editor, KEY, { literal: 'specialized, refined, special, new' });
    expect((await row()).literal).toBe('specialized, refined, special, new');
    const [viaHant, viaKey] = await Promise.all([curated.curatedHistory(HANT), curated.curatedHistory(KEY)]);
    expect(viaHant).toEqual(viaKey);
    expect(viaHant).toHaveLength(2);
    expect(viaHant[0].fields).toMatchObject({ explanation: 'A revised explanation.', literal: expect.not.stringMatching(/^specialized, refined/) });
    expect(viaHant[1].fields.explanation).not.toBe('A revised explanation.');
    expect(viaHant[0].createdAt >= viaHant[1].createdAt).toBe(true);
    expect(viaHant[0].editor).toEqual({ id: editor.id, name: 'Name editor-1' });
  });

  test('an edit that changes nothing writes no revision', async () => {
    const before = await row();
    const count = await revisionCount();
    await curated.updateCuratedTerm(editor, HANT, { explanation: before.explanation, literal: before.literal });
    expect(await row()).toEqual(before);
    expect(await revisionCount()).toBe(count);
  });

  test.each([
    ['a reader', reader, HANT, { explanation: 'x' }, 'forbidden', /./],
    ['an unknown term', editor, '不存在的詞', { explanation: 'x' }, 'not_found', /不存在的詞/],
    ['an empty patch', editor, HANT, {}, 'bad_request', /at least one field/],
    ['an unknown source', editor, HANT, { renderings: [{ text: 'x', source: 'rumour' }] }, 'bad_request', /^renderings\.0\.source/],
    ['no renderings', editor, HANT, { renderings: [] }, 'bad_request', /^renderings/],
    ['a long explanation', editor, HANT, { explanation: 'x'.repeat(3001) }, 'bad_request', /^explanation/],
    ['a blank pinyin', editor, HANT, { pinyin: '  ' }, 'bad_request', /^pinyin/],
  ])('%s is refused and nothing changes', async (_, who, term, patch, code, message) => {
    const before = await row();
    const count = await prisma.termRevision.count();
    const error = await curated.updateCuratedTerm(who, term, patch).catch((e: unknown) => e);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
    expect(await row()).toEqual(before);
    expect(await prisma.termRevision.count()).toBe(count);
  });

  test('history of a term without a curated entry is 404', async () => {
    await expect(curated.curatedHistory('不存在的詞')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('HTTP: PATCH /api/v1/glossary/{term} and GET …/history with real sessions', () => {
  let entryRoute: typeof import('@/app/api/v1/glossary/[term]/route');
  let historyRoute: typeof import('@/app/api/v1/glossary/[term]/history/route');
  let editorCookie: string;
  let readerCookie: string;

  beforeAll(async () => {
    [entryRoute, historyRoute] = await Promise.all([import('@/app/api/v1/glossary/[term]/route'), import('@/app/api/v1/glossary/[term]/history/route')]);
    editorCookie = await signUp(prisma, { name: 'Editor Http', email: 'editor-http@example.org', role: 'editor' });
    readerCookie = await signUp(prisma, { name: 'Reader Http', email: 'reader-http@example.org', role: 'reader' });
  }, 60_000);

  const params = (term: string) => ({ params: Promise.resolve({ term: encodeURIComponent(term) }) });
  const json = async (response: Response) => ({ status: response.status, body: await response.json() });
  const patch = (cookie: string | undefined, term: string, body: string) =>
    entryRoute
      .PATCH(
        new Request(`http://localhost:3000/api/v1/glossary/${encodeURIComponent(term)}`, {
          method: 'PATCH',
          body,
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', ...(cookie ? { cookie } : {}) },
        }),
        params(term),
      )
      .then(json);
  const history = (term: string) => historyRoute.GET(new Request(`http://localhost:3000/api/v1/glossary/${encodeURIComponent(term)}/history`), params(term)).then(json);

  test.each([
    ['no session', undefined, HANT, '{"explanation":"x"}', 401, 'unauthorized'],
    ['a reader', 'reader', HANT, '{"explanation":"x"}', 403, 'forbidden'],
    ['an unknown term', 'editor', '不存在的詞', '{"explanation":"x"}', 404, 'not_found'],
    ['an invalid field', 'editor', HANT, '{"literal":42}', 400, 'bad_request'],
    ['malformed JSON', 'editor', HANT, '{"explanation":', 400, 'bad_request'],
    ['a body over 32 KB', 'editor', HANT, JSON.stringify({ explanation: 'x'.repeat(33 * 1024) }), 413, 'payload_too_large'],
  ])('%s: refused and nothing changes', async (_, who, term, body, status, code) => {
    const before = await row();
    const cookie = who === 'editor' ? editorCookie : who === 'reader' ? readerCookie : undefined;
    expect(await patch(cookie, term, body)).toMatchObject({ status, body: { error: { code } } });
    expect(await row()).toEqual(before);
  });

  test('a 400 names the field', async () => {
    expect((await patch(editorCookie, HANT, '{"literal":42}')).body.error.message).toMatch(/^literal/);
  });

  test('pinyin that does not fit the term is a 400 naming pinyin and the term; nothing changes', async () => {
    const term = '新質生產力';
    const before = await prisma.glossaryTerm.findUniqueOrThrow({ where: { key: '新质生产力' } });
    const { status, body } = await patch(editorCookie, term, JSON.stringify({ pinyin: 'xīnzhì shēngchǎnlì' }));
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^pinyin: "新质生产力" has 5 Han characters but 2 syllables/);
    expect(await prisma.glossaryTerm.findUniqueOrThrow({ where: { key: '新质生产力' } })).toEqual(before);
  });

  test("an editor's session edits the entry; the history names them first", async () => {
    const { status, body } = await patch(editorCookie, KEY, JSON.stringify({ explanation: 'Edited over HTTP.', renderings: [{ text: 'SRDI', source: 'working' }] }));
    expect(status).toBe(200);
    expect(body.entry).toMatchObject({ key: KEY, explanation: 'Edited over HTTP.', renderings: [{ text: 'SRDI', source: 'working' }] });
    expect((await row()).explanation).toBe('Edited over HTTP.');
    const listed = await history(HANT);
    expect(listed.status).toBe(200);
    expect(listed.body.revisions[0]).toMatchObject({ editor: { name: 'Editor Http' }, fields: { explanation: expect.any(String) } });
    expect(listed.body.revisions[0].fields.explanation).not.toBe('Edited over HTTP.');
    expect(await history('不存在的詞')).toMatchObject({ status: 404 });
  });
});

describe("the seed and editors' changes", () => {
  test('re-seeding an unchanged content file keeps the edit; a changed entry in the file wins', async () => {
    const { seedContent } = await import('@/lib/content/seed');
    const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    await curated.updateCuratedTerm(editor, KEY, { explanation: 'Kept across restarts.' });
    const content = path.join(db.dir, 'content');
    cpSync(path.resolve(import.meta.dirname, '../../content'), content, { recursive: true });
    const report = await seedContent(prisma, content);
    expect(report.glossary.updated).toBe(0);
    expect((await row()).explanation).toBe('Kept across restarts.');

    const file = path.join(content, 'glossary.yaml');
    const yaml = readFileSync(file, 'utf8');
    const start = yaml.indexOf(`  - hant: ${HANT}\n`);
    const at = yaml.indexOf('    explanation: >-\n', start) + '    explanation: >-\n'.length;
    writeFileSync(file, `${yaml.slice(0, at)}      Rewritten in the content file.\n${yaml.slice(at)}`);
    expect((await seedContent(prisma, content)).glossary.updated).toBe(1);
    expect((await row()).explanation).toMatch(/^Rewritten in the content file\./);
  }, 60_000);
});
