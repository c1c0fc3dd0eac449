import 'server-only';
import { db } from '@/lib/server/db';
import type { TranslationStatus } from '@/lib/content/schema';
import type { OfficialEnglish, ReleaseRecord, ReleaseSummary } from '@/lib/reader/types';

/** The library: newest first. */
export async function listReleases(): Promise<ReleaseSummary[]> {
  const rows = await db.release.findMany({
    orderBy: [{ date: 'desc' }, { slug: 'asc' }],
    select: { slug: true, date: true, sourceScript: true, region: true, kind: true, issuerZh: true, issuerEn: true, titleZh: true, titleEn: true },
  });
  return rows.map((r) => ({
    slug: r.slug,
    date: r.date,
    sourceScript: r.sourceScript as ReleaseSummary['sourceScript'],
    region: r.region as ReleaseSummary['region'],
    kind: r.kind as ReleaseSummary['kind'],
    issuer: { zh: r.issuerZh, en: r.issuerEn },
    title: { zh: r.titleZh, en: r.titleEn },
  }));
}

/** A release as stored (Chinese in its source script), or null. */
export async function getRelease(slug: string): Promise<ReleaseRecord | null> {
  const r = await db.release.findUnique({
    where: { slug },
    include: {
      segments: { orderBy: { position: 'asc' } },
      speakers: true,
      repairs: { orderBy: { position: 'asc' } },
      official: true,
    },
  });
  if (!r) return null;
  return {
    slug: r.slug,
    version: r.contentHash,
    date: r.date,
    sourceScript: r.sourceScript as ReleaseRecord['sourceScript'],
    sourceUrl: r.sourceUrl,
    region: r.region as ReleaseRecord['region'],
    kind: r.kind as ReleaseRecord['kind'],
    provenance: r.provenance,
    issuer: { zh: r.issuerZh, en: r.issuerEn },
    title: { zh: r.titleZh, en: r.titleEn },
    editorialNote: r.editorialNote,
    translation: r.translationBy ? { by: r.translationBy, reviewedBy: JSON.parse(r.reviewedBy) as string[] } : null,
    official: r.official && {
      publisher: { zh: r.official.publisherZh, en: r.official.publisherEn },
      url: r.official.url,
      title: r.official.title,
      paragraphs: JSON.parse(r.official.paragraphs) as string[],
      links: JSON.parse(r.official.links) as OfficialEnglish['links'],
    },
    speakers: Object.fromEntries(r.speakers.map((s) => [s.key, { zh: s.zh, en: s.en, role: s.roleZh && s.roleEn ? { zh: s.roleZh, en: s.roleEn } : null }])),
    repairs: r.repairs.map((p) => ({ segment: p.segmentKey, speaker: p.speakerKey, damaged: p.damaged, restored: p.restored, reason: p.reason })),
    segments: r.segments.map((s) => ({
      id: s.key,
      kind: s.kind as ReleaseRecord['segments'][number]['kind'],
      ...(s.level !== null && { level: s.level }),
      speaker: s.speakerKey,
      zh: s.zh,
      en: s.en,
      status: s.enStatus as TranslationStatus,
      figureIssues: JSON.parse(s.figureIssues) as string[],
    })),
  };
}
