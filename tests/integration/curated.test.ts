import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { curatedHistory, updateCuratedTerm } from '@/lib/glossary/curated';
import { prepareDatabase } from '../../scripts/support/prepare';
import { tempDatabase } from '../support/temp-db';

let db: Awaited<ReturnType<typeof tempDatabase>>;
let prisma: PrismaClient;
const editor = { id: 'editor-1', role: 'editor' };
const reader = { id: 'reader-1', role: 'reader' };

beforeAll(async () => {
  db = await tempDatabase();
  await prepareDatabase(db.url, { quiet: true });
  prisma = createPrismaClient(db.url);
  for (const u of [editor, reader])
    await prisma.user.create({ data: { id: u.id, name: `Name ${u.id}`, email: `${u.id}@example.org`, role: u.role } });
});
afterAll(async () => {
  await prisma.$disconnect();
  db.cleanup();
});

const row = () => prisma.glossaryTerm.findUniqueOrThrow({ where: { key: '专精特新' } });

describe('editing curated entries', () => {
  test('an editor changes an entry; the previous fields are kept with who and when', async () => {
    const before = await row();
    const entry = await updateCuratedTerm(prisma, editor, '專精特新', { explanation: 'A revised explanation.' });
    expect(entry).toMatchObject({ key: '专精特新', explanation: 'A revised explanation.', pinyin: before.pinyin });
    expect((await row()).explanation).toBe('A revised explanation.');
    const [revision] = await curatedHistory(prisma, '专精特新');
    expect(revision).toMatchObject({ editor: { id: editor.id, name: 'Name editor-1' }, fields: { explanation: before.explanation } });
  });

  test('any script form reaches the same entry, and history is newest first', async () => {
    await updateCuratedTerm(prisma, editor, '专精特新', { literal: 'specialized, refined, special, new' });
    const history = await curatedHistory(prisma, '專精特新');
    expect(history).toHaveLength(2);
    expect(history[0].fields.explanation).toBe('A revised explanation.');
    expect(history[0].createdAt >= history[1].createdAt).toBe(true);
  });

  test.each([
    [reader, '專精特新', { explanation: 'x' }, 'forbidden'],
    [editor, '不存在的詞', { explanation: 'x' }, 'not_found'],
    [editor, '專精特新', {}, 'bad_request'],
    [editor, '專精特新', { renderings: [{ text: 'x', source: 'rumour' }] }, 'bad_request'],
    [editor, '專精特新', { explanation: 'x'.repeat(3001) }, 'bad_request'],
  ])('refused (%#): nothing changes', async (who, term, patch, code) => {
    const before = await row();
    const revisions = await prisma.termRevision.count();
    await expect(updateCuratedTerm(prisma, who, term, patch)).rejects.toMatchObject({ code });
    expect(await row()).toEqual(before);
    expect(await prisma.termRevision.count()).toBe(revisions);
  });

  test('a 400 names the field', async () => {
    await expect(updateCuratedTerm(prisma, editor, '專精特新', { pinyin: '' })).rejects.toThrow(/^pinyin/);
  });
});
