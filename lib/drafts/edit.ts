import type { SegmentKind } from '@/lib/core/text';
import type { DraftRelease, DraftSegment } from './schema';

// The editor's operations on a draft's segments: pure, so the page applies them as the editor types
// and the tests check them. Each returns a new draft and keeps what refers to segments by id (the
// curated repairs, an official English version's links) pointing at the segment holding the text.

type Repair = DraftRelease['editorial']['repairs'][number];

const indexOf = (draft: DraftRelease, id: string) => {
  const index = draft.segments.findIndex((s) => s.id === id);
  if (index === -1) throw new Error(`no segment "${id}" in the draft`);
  return index;
};

/** An id for a segment split off `id`: `id-2`, else `id-3` …, never one the draft has. */
function freshId(draft: DraftRelease, id: string): string {
  const taken = new Set(draft.segments.map((s) => s.id));
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** A caret position that does not fall between the two halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}

/** Whether splitting segment `id` at UTF-16 offset `at` leaves text on both sides. */
export function canSplit(segment: Pick<DraftSegment, 'zh'>, at: number): boolean {
  const cut = safeCut(segment.zh, at);
  return segment.zh.slice(0, cut).trim() !== '' && segment.zh.slice(cut).trim() !== '';
}

/**
 * Splits a segment at the caret: the text before stays, the text after becomes a new segment just
 * below it, of the same kind, level and speaker, untranslated. A repair whose restored text ended up
 * in the new part moves with it. Returns the draft unchanged (and id null) where a side would be empty.
 */
export function splitSegment(draft: DraftRelease, id: string, at: number): { draft: DraftRelease; id: string | null } {
  const index = indexOf(draft, id);
  const segment = draft.segments[index];
  if (!canSplit(segment, at)) return { draft, id: null };
  const cut = safeCut(segment.zh, at);
  const [head, tail] = [segment.zh.slice(0, cut).trimEnd(), segment.zh.slice(cut).trimStart()];
  const added: DraftSegment = {
    id: freshId(draft, id),
    kind: segment.kind,
    ...(segment.level && { level: segment.level }),
    ...(segment.speaker && { speaker: segment.speaker }),
    zh: tail,
    en: '',
  };
  const segments = [...draft.segments.slice(0, index), { ...segment, zh: head }, added, ...draft.segments.slice(index + 1)];
  const moved = (r: Repair) => r.segment === id && !head.includes(r.restored) && tail.includes(r.restored);
  const repairs = draft.editorial.repairs.map((r) => (moved(r) ? { ...r, segment: added.id } : r));
  return { draft: { ...draft, segments, editorial: { ...draft.editorial, repairs } }, id: added.id };
}

/**
 * Merges a segment with the one after it: one segment with both texts, the first's kind, level and
 * speaker; their English joined by a space. Repairs and official-English links of the second now
 * name the first. Returns the draft unchanged (at null) for the last segment; else the caret
 * position at the join.
 */
export function mergeWithNext(draft: DraftRelease, id: string): { draft: DraftRelease; at: number | null } {
  const index = indexOf(draft, id);
  const [first, second] = [draft.segments[index], draft.segments[index + 1]];
  if (!second) return { draft, at: null };
  const merged = { ...first, zh: first.zh + second.zh, en: [first.en, second.en].filter(Boolean).join(' ') };
  const segments = [...draft.segments.slice(0, index), merged, ...draft.segments.slice(index + 2)];
  const repairs = draft.editorial.repairs.map((r) => (r.segment === second.id ? { ...r, segment: first.id } : r));
  const official = draft.english.official && {
    ...draft.english.official,
    links: draft.english.official.links.map((link) => ({ ...link, zh: [...new Set(link.zh.map((k) => (k === second.id ? first.id : k)))] })),
  };
  return {
    draft: { ...draft, segments, editorial: { ...draft.editorial, repairs }, english: { ...draft.english, ...(official && { official }) } },
    at: first.zh.length,
  };
}

export type SegmentChange = Partial<Pick<DraftSegment, 'zh' | 'kind' | 'level' | 'speaker'>>;

/** A segment's text, kind, heading level or speaker changed: a heading keeps a level (1 unless given), nothing else has one. */
export function updateSegment(draft: DraftRelease, id: string, change: SegmentChange): DraftRelease {
  const index = indexOf(draft, id);
  const { level: _level, speaker: _speaker, ...rest } = draft.segments[index];
  const kind: SegmentKind = change.kind ?? rest.kind;
  const level = kind === 'heading' ? ('level' in change ? change.level : draft.segments[index].level) || 1 : undefined;
  const speaker = 'speaker' in change ? change.speaker : draft.segments[index].speaker;
  if (speaker && !(speaker in draft.speakers)) throw new Error(`no speaker "${speaker}" in the draft`);
  const segment: DraftSegment = { ...rest, ...(change.zh !== undefined && { zh: change.zh }), kind, ...(level && { level }), ...(speaker && { speaker }) };
  return { ...draft, segments: draft.segments.map((s, i) => (i === index ? segment : s)) };
}
