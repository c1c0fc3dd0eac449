import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIBRARY, releaseGlossaryTag, releaseTag } from '@/lib/cache/tags';
import type { ReleaseContent } from '@/lib/content/schema';
import type { PrismaClient } from '@/lib/db/client';
import { appDatabase } from '../support/app-database';

type Publish = typeof import('@/lib/server/releases/publish');

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const SEEDED = '2024-03-08-shandong-new-industrialization';

let db: Awaited<ReturnType<typeof appDatabase>>;
let prisma: PrismaClient;
let publish: Publish;
let seed: typeof import('@/lib/content/seed').seedContent;
let curated: ReleaseContent;
const editor = { id: 'editor-publish', name: 'Editor P' };

beforeAll(async () => {
  db = await appDatabase();
  prisma = db.prisma;
  publish = await import('@/lib/server/releases/publish');
  ({ seedContent: seed } = await import('@/lib/content/seed'));
  await prisma.user.create({ data: { ...editor, email: 'editor-publish@example.org', role: 'editor' } });
  curated = (await publish.releaseContent(SEEDED))!;
}, 60_000);
afterAll(() => db.close());

const versions = async (tags: string[]) => Object.fromEntries((await prisma.viewVersion.findMany({ where: { tag: { in: tags } } })).map((v) => [v.tag, v.version]));
const counts = async () => ({ releases: await prisma.release.count(), revisions: await prisma.releaseRevision.count(), segments: await prisma.segment.count() });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => e,
  );

describe('publishRelease', () => {
  test('a new release: stored whole with origin browser, a revision with no earlier version, its views invalidated', async () => {
    const slug = 'shandong-published-copy';
    const tags = [releaseTag(slug), releaseGlossaryTag(slug), LIBRARY];
    const before = await versions(tags);
    const { version, revisionId } = await publish.publishRelease({ editorId: editor.id, release: { ...curated, slug }, summary: 'Published from an import', create: true });
    const row = await prisma.release.findUniqueOrThrow({ where: { slug }, include: { segments: true, revisions: true } });
    expect(row).toMatchObject({ origin: 'browser', contentHash: version, titleEn: curated.title.en });
    expect(row.segments).toHaveLength(curated.segments.length);
    expect(row.revisions).toEqual([expect.objectContaining({ id: revisionId, editorId: editor.id, summary: 'Published from an import', snapshot: '' })]);
    expect(await publish.releaseContent(slug)).toEqual({ ...curated, slug });
    const after = await versions(tags);
    for (const tag of tags) expect(after[tag]).toBeGreaterThan(before[tag] ?? 0);
    expect(await publish.releaseRevisions(slug)).toEqual([
      { id: revisionId, summary: 'Published from an import', editor: editor.name, createdAt: expect.any(String), hasSnapshot: false },
    ]);
  });

  test('a change to an existing release keeps the version it replaces; a stale expected version is refused and changes nothing', async () => {
    const old = await prisma.release.findUniqueOrThrow({ where: { slug: SEEDED } });
    const edited = { ...curated, title: { ...curated.title, en: 'A title edited in the app' } };
    const stale = await failure(publish.publishRelease({ editorId: editor.id, release: edited, summary: 'Edit', expectedVersion: 'not-the-version' }));
    expect(stale).toMatchObject({ code: 'conflict' });
    expect(await prisma.release.findUniqueOrThrow({ where: { slug: SEEDED } })).toEqual(old);

    const { version } = await publish.publishRelease({ editorId: editor.id, release: edited, summary: 'Title edited', expectedVersion: old.contentHash });
    const [revision] = await prisma.releaseRevision.findMany({ where: { release: { slug: SEEDED } } });
    expect(JSON.parse(revision.snapshot)).toEqual(curated);
    expect(await prisma.release.findUniqueOrThrow({ where: { slug: SEEDED } })).toMatchObject({ origin: 'browser', contentHash: version, titleEn: 'A title edited in the app' });
  });

  test('the seed then keeps both releases as the app left them: it never replaces or deletes one published in the app', async () => {
    const before = await prisma.release.findMany({ orderBy: { slug: 'asc' } });
    const report = await seed(prisma, CONTENT);
    expect(report.releases.kept).toEqual([SEEDED]);
    expect(await prisma.release.findMany({ orderBy: { slug: 'asc' } })).toEqual(before);
    expect(before.map((r) => r.slug)).toContain('shandong-published-copy');
  });

  test.each<[string, () => Parameters<Publish['publishRelease']>[0], string, RegExp]>([
    [
      'create over an existing slug',
      () => ({ editorId: editor.id, release: { ...curated, slug: SEEDED }, summary: 'x', create: true }),
      'conflict',
      /^slug: a release "2024-03-08-shandong-new-industrialization" exists already/,
    ],
    [
      'a title with no English',
      () => ({ editorId: editor.id, release: { ...curated, slug: 'no-english', title: { ...curated.title, en: 'TODO' } }, summary: 'x' }),
      'bad_request',
      /^title\.en: the title has no English/,
    ],
    [
      'a caller write that fails in the same transaction',
      () => ({
        editorId: editor.id,
        release: { ...curated, slug: 'rolled-back' },
        summary: 'x',
        create: true,
        alsoWrite: async () => Promise.reject(new Error('the draft was discarded')),
      }),
      'error',
      /the draft was discarded/,
    ],
  ])('%s: refused, nothing written', async (_, input, code, message) => {
    const before = await counts();
    const error = (await failure(publish.publishRelease(input()))) as { code?: string; message: string };
    expect(error.code ?? 'error').toBe(code);
    expect(error.message).toMatch(message);
    expect(await counts()).toEqual(before);
    expect(await prisma.release.findUnique({ where: { slug: 'rolled-back' } })).toBeNull();
  });
});
