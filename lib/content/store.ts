import type { Tx } from '@/lib/db/client';
import { searchFields } from '@/lib/search/fold';
import { checkFigures } from './figures';
import { statusOf, type ReleaseContent } from './schema';

/** Where a stored release came from: content/ (the seed's to replace) or the app (never touched by the seed). */
export type ReleaseOrigin = 'content' | 'browser';

/** The figures check of each segment's Chinese against Duizhao's English (messages; empty where they agree or there is none). */
export const figureIssuesOf = (release: ReleaseContent) => release.segments.map((s) => (s.en ? checkFigures(s.zh, s.en).map((i) => i.message) : []));

/**
 * Stores a release in the content format, replacing its rows whole (children are identified by
 * their content keys, not row ids). Used by the seed and by publishing in the app, inside the
 * caller's transaction; returns the release's row id.
 */
export async function storeRelease(tx: Tx, release: ReleaseContent, meta: { contentHash: string; origin: ReleaseOrigin }): Promise<string> {
  const figureIssues = figureIssuesOf(release);
  const fields = {
    date: release.date,
    sourceScript: release.sourceScript,
    sourceUrl: release.sourceUrl,
    region: release.region ?? null,
    kind: release.kind ?? null,
    issuerZh: release.issuer.zh,
    issuerEn: release.issuer.en,
    titleZh: release.title.zh,
    titleEn: release.title.en,
    editorialNote: release.editorial.note,
    provenance: release.editorial.provenance ?? null,
    origin: meta.origin,
    translationBy: release.english.translation?.by ?? null,
    reviewedBy: JSON.stringify(release.english.translation?.reviewedBy ?? []),
    contentHash: meta.contentHash,
    content: JSON.stringify(release),
  };
  const { id } = await tx.release.upsert({ where: { slug: release.slug }, create: { slug: release.slug, ...fields }, update: fields });
  await tx.segment.deleteMany({ where: { releaseId: id } });
  await tx.speaker.deleteMany({ where: { releaseId: id } });
  await tx.repair.deleteMany({ where: { releaseId: id } });
  await tx.officialEnglish.deleteMany({ where: { releaseId: id } });
  await tx.speaker.createMany({
    data: Object.entries(release.speakers).map(([key, s]) => ({ releaseId: id, key, zh: s.zh, en: s.en, roleZh: s.role?.zh, roleEn: s.role?.en })),
  });
  await tx.segment.createMany({
    data: release.segments.map((s, position) => ({
      releaseId: id,
      key: s.id,
      position,
      kind: s.kind,
      level: s.level ?? null,
      speakerKey: s.speaker ?? null,
      zh: s.zh,
      en: s.en,
      enStatus: statusOf(s),
      figureIssues: JSON.stringify(figureIssues[position]),
      // The search index's text (lib/search/fold.ts); SQLite's FTS5 table follows by trigger.
      ...searchFields(s.zh, s.en, release.sourceScript),
    })),
  });
  await tx.repair.createMany({
    data: release.editorial.repairs.map((r, position) => ({
      releaseId: id,
      position,
      segmentKey: r.segment ?? null,
      speakerKey: r.speaker ?? null,
      damaged: r.damaged,
      restored: r.restored,
      reason: r.reason,
    })),
  });
  const official = release.english.official;
  if (official)
    await tx.officialEnglish.create({
      data: {
        releaseId: id,
        publisherZh: official.publisher.zh,
        publisherEn: official.publisher.en,
        url: official.url,
        title: official.title ?? null,
        paragraphs: JSON.stringify(official.paragraphs),
        links: JSON.stringify(official.links),
      },
    });
  return id;
}
