import type { LocalizedRelease } from '@/lib/reader/localize';
import type { ReleaseSummary } from '@/lib/reader/types';

// The public JSON shapes of /api/v1: kept here so the API does not leak storage fields.

export const summaryJson = (r: ReleaseSummary) => ({
  slug: r.slug,
  date: r.date,
  sourceScript: r.sourceScript,
  issuer: r.issuer,
  title: r.title,
});

/** `pinyin`, when given, adds each segment's readings: one per character of its `zh`. */
export function releaseJson(r: LocalizedRelease, pinyin?: (zh: string) => string[]) {
  return {
    slug: r.slug,
    date: r.date,
    issuer: r.issuer,
    title: r.title,
    script: r.script,
    wording: r.wording,
    sourceScript: r.sourceScript,
    segments: r.segments.map((s) => ({
      id: s.id,
      kind: s.kind,
      speaker: s.speaker ? { id: s.speaker, ...r.speakers[s.speaker] } : null,
      zh: s.zh,
      en: s.en,
      ...(pinyin && { pinyin: pinyin(s.zh) }),
      ...(r.wording === 'tw' ? { substitutions: s.substitutions } : {}),
      ...(s.figureIssues.length ? { figureIssues: s.figureIssues } : {}),
    })),
  };
}
