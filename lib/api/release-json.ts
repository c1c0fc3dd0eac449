import { statusOf } from '@/lib/content/schema';
import type { ReleaseSummary } from '@/lib/reader/types';
import type { ReleaseView } from '@/lib/reader/view';

// The public JSON shapes of /api/v1: kept here so the API does not leak storage fields.

export const summaryJson = (r: ReleaseSummary) => ({
  slug: r.slug,
  date: r.date,
  sourceScript: r.sourceScript,
  issuer: r.issuer,
  title: r.title,
});

/** Where the renderings of the segment's terms lie in its English (UTF-16 offsets). */
function englishSpans(pieces: ReleaseView['segments'][number]['enPieces']) {
  let at = 0;
  return pieces.flatMap((p) => {
    const start = at;
    at += p.text.length;
    return p.term ? [{ start, end: at, key: p.term }] : [];
  });
}

/**
 * A release view as JSON: each segment's text in the view's script, the glossary terms marked in it
 * (UTF-16 offsets), and, when the view has them, its readings: one per code point of `zh`.
 */
export function releaseJson(view: ReleaseView) {
  return {
    slug: view.slug,
    date: view.date,
    issuer: view.issuer,
    title: view.title,
    script: view.script,
    wording: view.wording,
    sourceScript: view.sourceScript,
    sourceUrl: view.sourceUrl,
    region: view.region ?? null,
    kind: view.kind ?? null,
    // Both English tracks: Duizhao's per segment (en, status) with its credits, and the official one with its links and gaps.
    translation: view.translation ?? null,
    official: view.official && {
      publisher: view.official.publisher,
      url: view.official.url,
      title: view.official.title,
      paragraphs: view.official.paragraphs.map((pieces) => pieces.map((p) => p.text).join('')),
      links: view.official.groups,
      gaps: {
        omitted: view.official.gaps.omitted,
        added: view.official.gaps.added,
        beyond: view.official.gaps.beyond,
        figures: view.official.gaps.figures.map((f) => ({ zh: f.zh, en: f.en, issues: f.issues.map((i) => i.message) })),
      },
    },
    segments: view.segments.map((s) => ({
      id: s.id,
      kind: s.kind,
      ...(s.level !== undefined && { level: s.level }),
      speaker: s.speaker ? { id: s.speaker, ...view.speakers[s.speaker] } : null,
      zh: s.zh,
      en: s.en,
      status: statusOf(s),
      terms: s.marks.map(({ start, end, key }) => ({ start, end, key })),
      englishTerms: englishSpans(s.enPieces),
      ...(s.readings && { pinyin: s.readings }),
      ...(view.wording === 'tw' ? { substitutions: s.substitutions } : {}),
      ...(s.figureIssues.length ? { figureIssues: s.figureIssues } : {}),
    })),
  };
}
