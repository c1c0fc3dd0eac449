import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PrismaClient } from '@/lib/db/client';
import { GLOSSARY, LIBRARY, releaseGlossaryTag, releaseTag, termTag } from '@/lib/cache/tags';
import { convert } from '@/lib/chinese/convert';
import { termKey } from '@/lib/terms/key';
import { bumpTags } from '@/lib/db/view-versions';
import { figureIssuesOf, storeRelease } from './store';
import { ContentError, loadGlossary, loadReleases } from './load';
import { sourceHash } from './source-hash';
import type { GlossaryEntry, ReleaseContent } from './schema';

export type SeedReport = {
  /** kept: a release of the same slug was published in the app, and the seed leaves it as it is. */
  releases: { created: string[]; updated: string[]; unchanged: string[]; kept: string[] };
  glossary: { created: number; updated: number; unchanged: number };
  figureIssues: { slug: string; segment: string; message: string }[];
};

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Loads content/ into the database. Idempotent: unchanged files write nothing. */
export async function seedContent(prisma: PrismaClient, contentDir: string): Promise<SeedReport> {
  const report: SeedReport = {
    releases: { created: [], updated: [], unchanged: [], kept: [] },
    glossary: { created: 0, updated: 0, unchanged: 0 },
    figureIssues: [],
  };
  for (const release of await loadReleases(contentDir)) {
    const issues = figureIssuesOf(release);
    release.segments.forEach((s, i) =>
      issues[i].forEach((message) => report.figureIssues.push({ slug: release.slug, segment: s.id, message })),
    );
    const outcome = await upsertRelease(prisma, release);
    report.releases[outcome].push(release.slug);
  }
  const glossaryFile = path.join(contentDir, 'glossary.yaml');
  const changed: string[] = [];
  for (const entry of await loadGlossary(contentDir)) {
    const outcome = await upsertTerm(prisma, entry, glossaryFile);
    report.glossary[outcome]++;
    if (outcome !== 'unchanged') changed.push(termKey(entry.hant));
  }
  // A seed is rare: a changed entry invalidates every release's view rather than working out which hold it.
  if (changed.length) {
    const releases = await prisma.release.findMany({ select: { slug: true } });
    await prisma.$transaction((tx) => bumpTags(tx, [GLOSSARY, ...changed.map(termTag), ...releases.map((r) => releaseGlossaryTag(r.slug))]));
  }
  return report;
}

async function upsertRelease(prisma: PrismaClient, release: ReleaseContent) {
  // `stored` names what storeRelease writes: a new version rewrites every release once (2: the content JSON).
  const contentHash = hash({ stored: 2, release, figureIssues: figureIssuesOf(release) });
  const existing = await prisma.release.findUnique({ where: { slug: release.slug }, select: { contentHash: true, origin: true } });
  // A release published in the app is the app's: a content file of the same slug never replaces it.
  if (existing?.origin === 'browser') return 'kept' as const;
  if (existing?.contentHash === contentHash) return 'unchanged' as const;
  await prisma.$transaction(async (tx) => {
    await storeRelease(tx, release, { contentHash, origin: 'content' });
    await bumpTags(tx, [releaseTag(release.slug), releaseGlossaryTag(release.slug), LIBRARY]);
  });
  return existing ? ('updated' as const) : ('created' as const);
}

async function upsertTerm(prisma: PrismaClient, entry: GlossaryEntry, file: string) {
  // The canonical key is OpenCC's Simplified form, so every script's form of a term meets here.
  const key = convert(entry.hant, 'hant', 'hans');
  if (entry.hans !== key) throw new ContentError(file, [`term ${entry.hant}: hans is "${entry.hans}", OpenCC gives "${key}"`]);
  const contentHash = hash(entry);
  const existing = await prisma.glossaryTerm.findUnique({ where: { key }, select: { contentHash: true } });
  // An editor's change made in the app stands until the file's entry itself changes; then the file wins.
  if (existing && sourceHash(existing.contentHash) === contentHash) return 'unchanged' as const;
  const fields = {
    hant: entry.hant,
    hans: entry.hans,
    pinyin: entry.pinyin,
    renderings: JSON.stringify(entry.en),
    literal: entry.literal ?? null,
    explanation: entry.explanation,
    contentHash,
  };
  await prisma.glossaryTerm.upsert({ where: { key }, create: { key, ...fields }, update: fields });
  return existing ? ('updated' as const) : ('created' as const);
}
