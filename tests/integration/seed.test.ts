import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContentError } from '@/lib/content/load';
import { seedContent } from '@/lib/content/seed';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { tempDatabase } from '../support/temp-db';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const SLUG = '2024-03-08-shandong-new-industrialization';
const RELEASE_FILE = `releases/${SLUG}.yaml`;
// Every release of the library, in the seed's order (file names, sorted).
const SLUGS = readdirSync(path.join(CONTENT, 'releases'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => f.replace(/\.yaml$/, ''));

let db: Awaited<ReturnType<typeof tempDatabase>>;
let prisma: PrismaClient;
let content: string;
// Segments in the library once seeded: a refused file must leave every one of them in place.
let segmentTotal: number;

beforeAll(async () => {
  db = await tempDatabase();
  prisma = createPrismaClient(db.url);
  content = path.join(db.dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
});
afterAll(async () => {
  await prisma.$disconnect();
  await db.cleanup();
});

describe('seeding content/', () => {
  test('loads every release with all its segments, and the glossary', async () => {
    const report = await seedContent(prisma, content);
    expect(report.releases.created).toEqual(SLUGS);
    expect(report.figureIssues.filter((i) => i.slug === SLUG)).toEqual([]);
    segmentTotal = await prisma.segment.count();
    expect(segmentTotal).toBeGreaterThan(27);
    const release = await prisma.release.findUniqueOrThrow({ where: { slug: SLUG }, include: { segments: true, repairs: true } });
    expect(release.segments).toHaveLength(27);
    expect(release.repairs.length).toBe(5);
    expect(await prisma.glossaryTerm.count()).toBeGreaterThanOrEqual(40);
    expect(await prisma.glossaryTerm.findUnique({ where: { key: '专精特新' } })).toMatchObject({ hant: '專精特新' });
  });

  test('a second run changes nothing', async () => {
    const before = await prisma.segment.findMany({ orderBy: { id: 'asc' } });
    const report = await seedContent(prisma, content);
    expect(report.releases).toEqual({ created: [], updated: [], unchanged: SLUGS, kept: [] });
    expect(report.glossary.created + report.glossary.updated).toBe(0);
    expect(await prisma.segment.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  test('a changed content file updates its release', async () => {
    const file = path.join(content, RELEASE_FILE);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^title:\n  zh: (.*)\n  en: .*$/m, 'title:\n  zh: $1\n  en: A revised title'));
    const report = await seedContent(prisma, content);
    expect(report.releases.updated).toEqual([SLUG]);
    expect((await prisma.release.findUniqueOrThrow({ where: { slug: SLUG } })).titleEn).toBe('A revised title');
    expect(await prisma.segment.count()).toBe(segmentTotal);
    writeFileSync(file, original);
  });

  test('a figure that disagrees is reported and stored with its segment', async () => {
    const file = path.join(content, RELEASE_FILE);
    const original = readFileSync(file, 'utf8');
    expect(original).toContain('202,000 5G base stations');
    writeFileSync(file, original.replace('202,000 5G base stations', '20,200 5G base stations'));
    const report = await seedContent(prisma, content);
    const issues = report.figureIssues.filter((i) => i.slug === SLUG);
    expect(issues).toEqual([expect.objectContaining({ slug: SLUG, segment: 's4' })]);
    expect(issues[0].message).toContain('20.2万');
    const s4 = await prisma.segment.findFirstOrThrow({ where: { key: 's4', release: { slug: SLUG } } });
    expect(JSON.parse(s4.figureIssues)).toEqual([issues[0].message]);
    writeFileSync(file, original);
    await seedContent(prisma, content);
    expect((await prisma.segment.findFirstOrThrow({ where: { key: 's4', release: { slug: SLUG } } })).figureIssues).toBe('[]');
  });

  test('a draft with placeholder English is refused, naming the field', async () => {
    const file = path.join(content, RELEASE_FILE);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^(speakers:\n  wang-maoqing:\n    zh: .*\n    en:) .*$/m, '$1 TODO'));
    const error = await seedContent(prisma, content).catch((e: unknown) => e);
    expect((error as Error).message).toContain('speakers.wang-maoqing.en: speaker "wang-maoqing" has no English');
    writeFileSync(file, original);
  });

  test('an invalid file is refused with its file, segment and problem named, and nothing is lost', async () => {
    const file = path.join(content, RELEASE_FILE);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^(  - id: s2\n    kind: )paragraph$/m, '$1sonnet'));
    const error = await seedContent(prisma, content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain(RELEASE_FILE.split('/')[1]);
    expect((error as Error).message).toMatch(/segment "s2" \(segments\[\d+\]\)\.kind/);
    expect(await prisma.segment.count()).toBe(segmentTotal);
    writeFileSync(file, original);
  });

  test('a release whose views would show a mainland-Traditional leftover is refused, naming the spot', async () => {
    const file = path.join(content, RELEASE_FILE);
    const original = readFileSync(file, 'utf8');
    expect(original).toContain('着力推进制造业数字化转型提标行动');
    writeFileSync(file, original.replace('着力推进制造业数字化转型提标行动', '著力推进制造业数字化转型提标行动'));
    const error = await seedContent(prisma, content).catch((e: unknown) => e);
    writeFileSync(file, original);
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toContain(RELEASE_FILE.split('/')[1]);
    expect(message).toMatch(/segment "s4" \(segments\[\d+\]\), hans view: 著力 where the standard writes 着力/);
    expect(message).toMatch(/segment "s4" \(segments\[\d+\]\), hk view: 著力 where the standard writes 着力/);
    expect(message).toContain('editorial.keepAsWritten');
    expect(await prisma.segment.count()).toBe(segmentTotal);
  });

  test('a glossary term whose pinyin does not fit it is refused, naming the term', async () => {
    const file = path.join(content, 'glossary.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('pinyin: xīn zhì shēng chǎn lì\n', 'pinyin: xīnzhì shēngchǎnlì\n'));
    const error = await seedContent(prisma, content).catch((e: unknown) => e);
    writeFileSync(file, original);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(/terms\.\d+\.pinyin: "新质生产力" has 5 Han characters but 2 syllables/);
  });
});

describe('a release published in the app', () => {
  test('is never replaced or removed by the seed, whatever content/ says', async () => {
    const db = await tempDatabase();
    const prisma = createPrismaClient(db.url);
    try {
      const content = CONTENT;
      await seedContent(prisma, content);
      const slug = SLUG;
      await prisma.release.update({ where: { slug }, data: { origin: 'browser', titleEn: 'Edited in the app', contentHash: 'app' } });
      const report = await seedContent(prisma, content);
      expect(report.releases).toMatchObject({ kept: [slug], updated: [], created: [] });
      expect((await prisma.release.findUniqueOrThrow({ where: { slug } })).titleEn).toBe('Edited in the app');
    } finally {
      await prisma.$disconnect();
      await db.cleanup();
    }
  });
});
