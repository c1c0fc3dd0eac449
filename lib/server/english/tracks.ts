import 'server-only';
import type { TranslationStatus } from '@/lib/content/schema';
import { TRANSLATION_STATUSES } from '@/lib/content/schema';
import { officialView, type OfficialView } from '@/lib/english/official';
import type { ReleaseRecord } from '@/lib/reader/types';
import { cachedRelease } from '@/lib/server/views/release-view';

// A release's two English tracks side by side, as the reader and scripts read them: the official
// English the government published (with its links and gaps) and Duizhao's own translation.

export type DuizhaoSegment = {
  id: string;
  kind: string;
  /** In the source script. */
  zh: string;
  /** Duizhao's English; '' while untranslated. */
  en: string;
  status: TranslationStatus;
  /** The figures check of zh against en (messages; empty where they agree or there is no English). */
  figureIssues: string[];
  /** The official English paragraphs linked with this segment (indexes into official.paragraphs); empty where it has none. */
  officialParagraphs: number[];
};

export type EnglishTracks = {
  slug: string;
  /** The release's version: what an edit names as `version`. */
  version: string;
  sourceScript: ReleaseRecord['sourceScript'];
  title: { zh: string; en: string };
  official: OfficialView | null;
  duizhao: {
    /** "Duizhao translation by …, reviewed by …", or null when it credits no one. */
    credits: { by: string; reviewedBy: string[] } | null;
    counts: Record<TranslationStatus, number>;
    segments: DuizhaoSegment[];
  };
};

export function englishTracksOf(record: ReleaseRecord): EnglishTracks {
  const official = new Map<string, number[]>();
  for (const link of record.official?.links ?? []) for (const id of link.zh) official.set(id, link.en);
  const segments = record.segments.map((s): DuizhaoSegment => ({
    id: s.id,
    kind: s.kind,
    zh: s.zh,
    en: s.en,
    status: s.status ?? 'reviewed',
    figureIssues: s.figureIssues,
    officialParagraphs: official.get(s.id) ?? [],
  }));
  const counts = Object.fromEntries(TRANSLATION_STATUSES.map((status) => [status, segments.filter((s) => s.status === status).length])) as EnglishTracks['duizhao']['counts'];
  return {
    slug: record.slug,
    version: record.version,
    sourceScript: record.sourceScript,
    title: record.title,
    official: record.official ? officialView(record.official, record.segments) : null,
    duizhao: { credits: record.translation ?? null, counts, segments },
  };
}

/** Both tracks of a release, or null when there is no such release. */
export async function englishTracks(slug: string): Promise<EnglishTracks | null> {
  const record = await cachedRelease(slug);
  return record && englishTracksOf(record);
}
