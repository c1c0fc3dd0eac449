import type { Matcher } from '@/lib/terms/matcher';
import { termMarks, type ReleaseView, type TermSpan } from './view';

/**
 * Where one reader's own terms lie in a public view: `free` where no public term is (the page
 * marks them anew), `within` inside a public term or being one (shown on that term's card, which
 * is marked as holding the reader's note), `overlaps` across the edge of one (shown on the first
 * it touches).
 */
export type OverlayMark = TermSpan & { segment: string; place: 'free' | 'within' | 'overlaps' };

export function overlayMarks(view: ReleaseView, own: Matcher): OverlayMark[] {
  return view.segments.flatMap((segment) =>
    termMarks(segment, segment.twin, own).flatMap((m): OverlayMark[] => {
      const touching = segment.marks.filter((p) => p.start < m.end && m.start < p.end);
      const place = !touching.length ? 'free' : touching.some((p) => p.start <= m.start && m.end <= p.end) ? 'within' : 'overlaps';
      return [{ segment: segment.id, start: m.start, end: m.end, key: m.key, place }];
    }),
  );
}
