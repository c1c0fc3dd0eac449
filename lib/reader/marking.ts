import { findRenderings, type Rendering } from '@/lib/terms/english';
import { groupByTerm, markSegment, type Run } from '@/lib/terms/marks';
import type { Matcher } from '@/lib/terms/matcher';
import type { LocalizedSegment } from './localize';

export type EnglishPiece = { text: string; term?: string };
export type MarkedSegment = LocalizedSegment & { zhRuns: Run[]; enPieces: EnglishPiece[] };

/** Cuts `text` at the given ranges; the pieces join back to `text`. */
function cut(text: string, ranges: readonly { start: number; end: number; key: string }[]): EnglishPiece[] {
  const pieces: EnglishPiece[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) pieces.push({ text: text.slice(at, r.start) });
    pieces.push({ text: text.slice(r.start, r.end), term: r.key });
    at = r.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/**
 * Marks every term occurrence in each segment's Chinese (the whole-segment conversion, untouched)
 * and, in its English, the renderings of the terms found in that segment's Chinese.
 */
export function markSegments(segments: readonly LocalizedSegment[], matcher: Matcher, renderings: ReadonlyMap<string, readonly string[]>): MarkedSegment[] {
  return segments.map((segment) => {
    const matches = matcher.find(segment.zh).map((m) => ({ start: m.start, end: m.end, key: m.id }));
    const keys = [...new Set(matches.map((m) => m.key))];
    const wanted: Rendering[] = keys.map((key) => ({ key, texts: renderings.get(key) ?? [] }));
    return {
      ...segment,
      zhRuns: groupByTerm(markSegment(segment.zh, matches, segment.substitutions)),
      enPieces: cut(segment.en, findRenderings(segment.en, wanted)),
    };
  });
}

/** Where a marked segment's term matches lie in its Chinese (code-unit offsets). */
export function termSpans(segment: Pick<MarkedSegment, 'zhRuns'>): { start: number; end: number; key: string }[] {
  const spans: { start: number; end: number; key: string }[] = [];
  let at = 0;
  for (const run of segment.zhRuns) {
    const length = run.pieces.reduce((n, p) => n + p.text.length, 0);
    if (run.term) spans.push({ start: at, end: at + length, key: run.term });
    at += length;
  }
  return spans;
}
