import type { Script, Substitution, Wording } from '@/lib/core/text';
import { readings, type PolicyReadings } from '@/lib/study/pinyin';
import type { WordToken } from '@/lib/study/segment';
import { simplifiedTwin } from '@/lib/study/twin';
import { dictionaryWords } from '@/lib/study/words';
import { findRenderings } from '@/lib/terms/english';
import { groupByTerm, markSegment, type Run } from '@/lib/terms/marks';
import type { Match, Matcher } from '@/lib/terms/matcher';
import { localizeRelease, type LocalizedRelease, type LocalizedSegment } from './localize';
import { officialTrack, type OfficialTrack } from './official';
import { buildOutline, type OutlineEntry } from './outline';
import type { OfficialEnglish, ReleaseRecord } from './types';

/** What a view shows: the script and wording, and which study data to compute. */
export type ViewOptions = {
  script: Script;
  wording: Wording;
  /** Pinyin in context for every character (ruby, vocabulary, the API's pinyin). */
  readings: boolean;
  /** Dictionary words (the pop-up's units, the vocabulary's words). */
  words: boolean;
};

/** The public glossary as a view needs it: one matcher over term keys, each key's English renderings, the readings that correct pinyin-pro. */
export type PublicTerms = {
  matcher: Matcher;
  /** Terms Taiwan wording leaves as the release writes them (names and quotations are found in the text itself). */
  protect?: readonly string[];
  renderings: ReadonlyMap<string, readonly string[]>;
  policy: PolicyReadings;
};

export type TermSpan = { start: number; end: number; key: string };
/** A term in the text (UTF-16 offsets of the shown text) and the other terms lying inside it. */
export type TermMark = TermSpan & { nested: TermSpan[] };
export type EnglishPiece = { text: string; term?: string };

export type ViewSegment = LocalizedSegment & {
  /** The shown text in Simplified with the same characters at the same offsets: where terms and readings are found. */
  twin: string;
  marks: TermMark[];
  zhRuns: Run[];
  enPieces: EnglishPiece[];
  /** Tone-marked reading per code point of zh ('' for a non-Han one), when asked for. */
  readings: string[] | null;
  words: WordToken[] | null;
};

/** The official English as the view shows it: rows beside the Chinese, gaps, and each paragraph with its term renderings marked. */
export type OfficialView = Omit<OfficialEnglish, 'paragraphs' | 'links'> &
  OfficialTrack & {
    paragraphs: EnglishPiece[][];
  };

export type ReleaseView = Omit<LocalizedRelease, 'segments' | 'official'> & {
  options: ViewOptions;
  segments: ViewSegment[];
  official: OfficialView | null;
  outline: OutlineEntry[];
  /** Every public term occurring in the view, nested ones included: what it depends on. */
  keys: string[];
  /** The marked terms in order of first occurrence, with their English renderings: the print edition's footnotes. */
  footnotes: { key: string; renderings: readonly string[] }[];
};

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
 * Leftmost-longest marks from every occurrence (as Matcher.find chooses them), each with the
 * other terms that lie inside it: a note on 騰籠換鳥 shows on the card of 騰籠換鳥，鳳凰涅槃.
 */
export function marksOf(all: readonly Match[]): TermMark[] {
  const marks: TermMark[] = [];
  let end = 0;
  for (const m of all) {
    const last = marks.at(-1);
    if (m.start >= end) {
      marks.push({ start: m.start, end: m.end, key: m.id, nested: [] });
      end = m.end;
    } else if (last && m.end <= last.end && m.id !== last.key) last.nested.push({ start: m.start, end: m.end, key: m.id });
  }
  return marks;
}

/**
 * The text as the standard wording has it (each Taiwan phrase put back), and a map of its offsets
 * into the shown text: an offset inside a replaced word maps to that word's start or end, so a
 * term found on the standard wording covers the whole phrase that replaced part of it.
 */
export function standardWording(shown: string, substitutions: readonly Substitution[]) {
  const spans = [...substitutions].sort((a, b) => a.offset - b.offset);
  let text = '';
  let at = 0;
  const pieces: { std: number; shown: number; stdEnd: number; shownEnd: number }[] = [];
  for (const s of spans) {
    text += shown.slice(at, s.offset);
    pieces.push({ std: text.length, shown: s.offset, stdEnd: text.length + s.original.length, shownEnd: s.offset + s.localized.length });
    text += s.original;
    at = s.offset + s.localized.length;
  }
  text += shown.slice(at);
  const map = (offset: number, side: 'start' | 'end') => {
    let delta = 0;
    for (const p of pieces) {
      if (offset <= p.std) break;
      if (offset < p.stdEnd) return side === 'start' ? p.shown : p.shownEnd;
      delta = p.shownEnd - p.stdEnd;
    }
    return offset + delta;
  };
  return { text, map };
}

/** Leftmost-longest marks of `matcher`'s terms in a segment as shown, found on its twin (Taiwan wording: on the standard wording, mapped back). */
export function termMarks(segment: Pick<LocalizedSegment, 'zh' | 'substitutions'>, twin: string, matcher: Matcher): TermMark[] {
  if (!segment.substitutions.length) return marksOf(matcher.findAll(twin));
  const standard = standardWording(segment.zh, segment.substitutions);
  const marks: TermMark[] = [];
  for (const m of marksOf(matcher.findAll(simplifiedTwin(standard.text)))) {
    const place = <T extends TermSpan>(t: T): T => ({ ...t, start: standard.map(t.start, 'start'), end: standard.map(t.end, 'end') });
    const mapped = { ...place(m), nested: m.nested.map(place) };
    // Two terms that each hold part of one replaced phrase would now overlap: the first keeps it.
    if (mapped.start >= (marks.at(-1)?.end ?? 0)) marks.push(mapped);
  }
  return marks;
}

/** `text` cut where the renderings of `keys` lie in it. */
const renderedPieces = (text: string, keys: Iterable<string>, terms: PublicTerms) =>
  cut(
    text,
    findRenderings(
      text,
      [...new Set(keys)].map((key) => ({ key, texts: terms.renderings.get(key) ?? [] })),
    ),
  );

function viewSegment(segment: LocalizedSegment, options: ViewOptions, terms: PublicTerms): ViewSegment {
  const twin = simplifiedTwin(segment.zh);
  const marks = termMarks(segment, twin, terms.matcher);
  return {
    ...segment,
    twin,
    marks,
    zhRuns: groupByTerm(markSegment(segment.zh, marks, segment.substitutions)),
    enPieces: renderedPieces(
      segment.en,
      marks.map((m) => m.key),
      terms,
    ),
    readings: options.readings ? readings(twin, terms.policy) : null,
    words: options.words ? dictionaryWords(twin, marks) : null,
  };
}

/**
 * A release as a reader sees it in one script and wording: localized, its public glossary terms
 * marked in the Chinese (found on the Simplified twin, so one key matches in every script) and
 * their renderings in the English, with readings and words when asked. The one view the reader
 * page, the vocabulary, the API and the exports are built from.
 */
export function buildReleaseView(record: ReleaseRecord, options: ViewOptions, terms: PublicTerms): ReleaseView {
  const release = localizeRelease(record, options.script, options.wording, terms.protect);
  const segments = release.segments.map((s) => viewSegment(s, options, terms));
  const keys = [...new Set(segments.flatMap((s) => s.marks.flatMap((m) => [m.key, ...m.nested.map((n) => n.key)])))].sort();
  const footnotes = [...new Set(segments.flatMap((s) => s.marks.map((m) => m.key)))].map((key) => ({ key, renderings: terms.renderings.get(key) ?? [] }));
  return { ...release, options, segments, official: officialView(record, release, segments, terms), outline: buildOutline(release.segments, release.speakers), keys, footnotes };
}

/** The official English's rows and gaps (found on the stored Chinese), its paragraphs marked with the renderings of their linked segments' terms. */
function officialView(record: ReleaseRecord, release: LocalizedRelease, segments: readonly ViewSegment[], terms: PublicTerms): OfficialView | null {
  const { official } = record;
  if (!official || !release.official) return null;
  const track = officialTrack(record.segments, official);
  const byId = new Map(segments.map((s) => [s.id, s]));
  const keysOf = new Map<number, string[]>();
  for (const group of track.groups)
    for (const p of group.en)
      keysOf.set(
        p,
        group.zh.flatMap((id) => byId.get(id)?.marks.map((m) => m.key) ?? []),
      );
  return {
    publisher: release.official.publisher,
    url: official.url,
    title: official.title,
    ...track,
    paragraphs: official.paragraphs.map((text, p) => renderedPieces(text, keysOf.get(p) ?? [], terms)),
  };
}

/** Each marked term's form as the view first shows it (its script and wording), by key. */
export function shownForms(view: Pick<ReleaseView, 'segments'>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const s of view.segments) for (const run of s.zhRuns) if (run.term && !forms.has(run.term)) forms.set(run.term, run.pieces.map((p) => p.text).join(''));
  return forms;
}
