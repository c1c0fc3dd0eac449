// The library as shipped: content/ seeded into a fresh database, and what a reader of it can count on.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { seedContent, type SeedReport } from '@/lib/content/seed';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { tempDatabase } from '../support/temp-db';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

let db: Awaited<ReturnType<typeof tempDatabase>>;
let prisma: PrismaClient;
let report: SeedReport;
let releases: Awaited<ReturnType<typeof loadLibrary>>;

const loadLibrary = () =>
  prisma.release.findMany({
    include: { segments: { orderBy: { position: 'asc' } }, official: true },
    orderBy: { slug: 'asc' },
  });

/** A release's whole text in Simplified, where glossary keys are written. */
const simplified = (r: (typeof releases)[number]) => r.segments.map((s) => (r.sourceScript === 'hant' ? convert(s.zh, 'hant', 'hans') : s.zh)).join('\n');

/** Segment keys that an official English paragraph renders. */
function officiallyLinked(r: (typeof releases)[number]): Set<string> {
  const links: { zh: string[]; en: number[] }[] = r.official ? JSON.parse(r.official.links) : [];
  return new Set(links.filter((l) => l.en.length > 0).flatMap((l) => l.zh));
}

beforeAll(async () => {
  db = await tempDatabase();
  prisma = createPrismaClient(db.url);
  report = await seedContent(prisma, CONTENT);
  releases = await loadLibrary();
});
afterAll(async () => {
  await prisma.$disconnect();
  db.cleanup();
});

describe('the library', () => {
  test('has at least 12 releases from at least 4 issuers, 3 regions and 3 kinds', () => {
    expect(releases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(releases.map((r) => r.issuerEn)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(releases.map((r) => r.region)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(releases.map((r) => r.kind)).size).toBeGreaterThanOrEqual(3);
    for (const kind of ['press-conference', 'news-release', 'work-report']) expect(releases.map((r) => r.kind)).toContain(kind);
  });

  test('every release names its region, kind, issuer, date and provenance; a missing source address is explained', () => {
    for (const r of releases) {
      expect(r.region, r.slug).toMatch(/^(mainland|taiwan|hongkong|macau)$/);
      expect(r.kind, r.slug).toBeTruthy();
      expect(r.issuerZh && r.issuerEn, r.slug).toBeTruthy();
      expect(r.date, r.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.provenance?.length ?? 0, r.slug).toBeGreaterThan(100);
      if (!r.sourceUrl) expect(r.provenance, r.slug).toMatch(/sourceUrl/);
    }
  });

  test('every segment has English: its official paragraph, or a Duizhao translation with its status', () => {
    const statuses: Record<string, number> = {};
    const uncovered: string[] = [];
    for (const r of releases) {
      const linked = officiallyLinked(r);
      for (const s of r.segments) {
        statuses[s.enStatus] = (statuses[s.enStatus] ?? 0) + 1;
        // A status and its English agree: untranslated has none, draft and reviewed have some.
        expect(s.en === '', `${r.slug}#${s.key}`).toBe(s.enStatus === 'untranslated');
        if (s.enStatus === 'untranslated' && !linked.has(s.key)) uncovered.push(`${r.slug}#${s.key}`);
      }
      if (r.segments.some((s) => s.en)) expect(r.translationBy, r.slug).toBe('Duizhao');
    }
    expect(uncovered).toEqual([]);
    expect(statuses.reviewed + (statuses.draft ?? 0)).toBeGreaterThan(statuses.untranslated);
  });

  test('a regular press conference with questions, answers and their speakers', () => {
    const conferences = releases.filter((r) => r.kind === 'press-conference' && r.issuerZh === '中华人民共和国外交部');
    expect(conferences.length).toBeGreaterThanOrEqual(1);
    for (const r of conferences) {
      const questions = r.segments.filter((s) => s.kind === 'question');
      const answers = r.segments.filter((s) => s.kind === 'answer');
      expect(questions.length).toBeGreaterThanOrEqual(5);
      expect(answers.length).toBeGreaterThanOrEqual(questions.length);
      expect([...questions, ...answers].every((s) => s.speakerKey)).toBe(true);
      expect(r.segments.every((s) => s.en)).toBe(true);
    }
  });

  test('every figures-check disagreement is in a segment that its release explains', () => {
    for (const issue of report.figureIssues) {
      const release = releases.find((r) => r.slug === issue.slug)!;
      expect(release.editorialNote, `${issue.slug}#${issue.segment}: ${issue.message}`).toContain(issue.segment);
    }
    const stored = releases.flatMap((r) => r.segments.filter((s) => s.figureIssues !== '[]').map((s) => `${r.slug}#${s.key}`));
    expect(stored).toEqual(report.figureIssues.map((i) => `${i.slug}#${i.segment}`));
  });

  test('both Shandong releases are there: the 2024 press conference and the 2026 work report, translated in full', () => {
    const shandong = releases.filter((r) => r.issuerZh.startsWith('山东省'));
    expect(shandong.map((r) => [r.date.slice(0, 4), r.kind])).toEqual([
      ['2024', 'press-conference'],
      ['2026', 'work-report'],
    ]);
    const report2026 = shandong[1];
    expect(report2026.segments.length).toBeGreaterThan(50);
    expect(report2026.segments.filter((s) => !s.en)).toEqual([]);
  });

  test('the curated glossary holds terms that the releases share, counted in their texts', async () => {
    const terms = await prisma.glossaryTerm.findMany({ select: { key: true } });
    const texts = releases.map(simplified);
    const shared = terms.filter((t) => texts.filter((text) => text.includes(t.key)).length >= 2).map((t) => t.key);
    expect(shared.length).toBeGreaterThanOrEqual(50);
    // The two Shandong releases, two years apart, use much of the same vocabulary.
    const [t2024, t2026] = releases.filter((r) => r.issuerZh.startsWith('山东省')).map(simplified);
    expect(terms.filter((t) => t2024.includes(t.key) && t2026.includes(t.key)).length).toBeGreaterThanOrEqual(30);
    // Some terms cross regions: the mainland's vocabulary in Hong Kong's and Taiwan's releases too.
    const regionsOf = (key: string) => new Set(releases.filter((r, i) => texts[i].includes(key)).map((r) => r.region));
    expect(terms.filter((t) => regionsOf(t.key).size >= 2).length).toBeGreaterThanOrEqual(8);
  });
});
