import type { DictionaryEntry } from './cedict';
import { hskTag, type Difficulty } from './difficulty';
import { englishFor, senseRenderings } from './english-span';
import type { VocabularyItem } from './export/types';
import { toneOf } from './pinyin';
import type { WordToken } from './segment';
import { sentenceAt } from './sentences';

/** One segment as the reader shows it, with its Simplified twin, term matches and words. */
export type VocabularySegment = {
  id: string;
  zh: string;
  en: string;
  twin: string;
  /** Tone-marked reading per code point of `zh`, in context. */
  readings: readonly string[];
  /** Term matches (glossary and notes) with their keys. */
  terms: readonly { start: number; end: number; key: string }[];
  /** Terms lying inside a longer term match: each counts as an occurrence too. */
  nested?: readonly { start: number; end: number; key: string }[];
  words: readonly WordToken[];
};

export type VocabularySources = {
  curated: ReadonlyMap<string, { pinyin: string; renderings: string[]; explanation: string }>;
  /** The viewer's own notes by key (several notes on one key are joined). */
  mine: ReadonlyMap<string, { body: string; english: string[] }>;
  /** Renderings other readers gave in shared notes, by key. */
  shared: ReadonlyMap<string, string[]>;
  dictionary: (word: string) => DictionaryEntry[];
  /** HSK-like level of a Simplified word (see difficulty.ts), for tags. */
  level?: (simplified: string) => number;
};

export type VocabularyFilter = 'all' | 'curated' | 'mine' | 'words';
export const VOCABULARY_FILTERS: readonly VocabularyFilter[] = ['all', 'curated', 'mine', 'words'];

const HAN = /\p{Script=Han}/u;

// What a learner's list leaves out unless asked: numbers (一, 三十), the 年, 月 and 日 of dates and
// the like after a number, and single function characters (particles, prepositions, conjunctions,
// pronouns, the commonest measure word). Simplified forms: they are checked on the twin.
const NUMERAL = /^[零〇一二三四五六七八九十百千万亿两几]+$/u;
const AFTER_NUMBER = new Set([...'年月日号时分秒个位项家条'].concat(['季度', '月份']));
const FUNCTION_CHARACTERS = new Set([...'的了着过地得之和与及或并而且是在为对把被从向以于由将也都又就才还这那其此各每该等中上下里']);
const NUMBER_BEFORE = /[\p{N}零〇一二三四五六七八九十百千万亿两几]$/u;

type Occurrence = { key: string; term: string; segment: VocabularySegment; start: number; end: number; fromTerm: boolean };

/** A number, a date's or count's unit after one, or a lone function character (see above). */
function isMinor(o: Occurrence): boolean {
  if (o.fromTerm) return false;
  return NUMERAL.test(o.key) || FUNCTION_CHARACTERS.has(o.key) || (AFTER_NUMBER.has(o.key) && NUMBER_BEFORE.test(o.segment.twin.slice(0, o.start)));
}

/** Every term match (nested ones included, each once) and every dictionary word with a Han character, in reading order. */
function occurrences(segments: readonly VocabularySegment[]): Occurrence[] {
  return segments.flatMap((segment) => {
    const byStart = new Map(segment.terms.map((t) => [t.start, t]));
    const words = segment.words.flatMap((w): Occurrence[] => {
      const term = w.source === 'fixed' ? byStart.get(w.start) : undefined;
      const text = segment.zh.slice(w.start, w.end);
      if (term) return [{ key: term.key, term: text, segment, start: w.start, end: w.end, fromTerm: true }];
      if (w.source !== 'dictionary' || !HAN.test(text)) return [];
      return [{ key: segment.twin.slice(w.start, w.end), term: text, segment, start: w.start, end: w.end, fromTerm: false }];
    });
    // A shared note's term is public and the reader's own: it can come as nested twice.
    const seen = new Set<string>();
    const nested = (segment.nested ?? []).flatMap((n): Occurrence[] => {
      const id = `${n.start}:${n.end}:${n.key}`;
      if (seen.has(id)) return [];
      seen.add(id);
      return [{ key: n.key, term: segment.zh.slice(n.start, n.end), segment, start: n.start, end: n.end, fromTerm: true }];
    });
    return nested.length ? [...words, ...nested].sort((a, b) => a.start - b.start || b.end - a.end) : words;
  });
}

/** The reading in context at an occurrence, as space-separated syllables. */
function contextReading(o: Occurrence): string {
  const before = Array.from(o.segment.zh.slice(0, o.start)).length;
  return o.segment.readings
    .slice(before, before + Array.from(o.term).length)
    .filter(Boolean)
    .join(' ');
}

/** CC-CEDICT senses, those whose reading matches the one in context first (长 zhǎng, not cháng). */
function senses(entries: readonly DictionaryEntry[], reading: string): string[] {
  const matching = entries.filter((e) => e.pinyin.toLowerCase() === reading.toLowerCase());
  return (matching.length ? matching : entries).flatMap((e) => e.definitions);
}

/**
 * A release's vocabulary: glossary and note terms, then dictionary words, each once, in order of
 * first occurrence, with its frequency and its first sentence (and that sentence's English where
 * the alignment shows it, else the paragraph's). Numbers, the units of dates and counts and lone
 * function characters only with `minor`.
 */
export function buildVocabulary(
  segments: readonly VocabularySegment[],
  sources: VocabularySources,
  context: { slug: string; cite: (segmentId: string) => string; minor?: boolean },
): VocabularyItem[] {
  const all = occurrences(segments);
  const major = new Set(all.filter((o) => !isMinor(o)).map((o) => o.key));
  const found = context.minor ? all : all.filter((o) => major.has(o.key));
  const counts = new Map<string, number>();
  for (const o of found) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
  const firsts = new Map<string, Occurrence>();
  for (const o of found) if (!firsts.has(o.key)) firsts.set(o.key, o);
  return [...firsts.values()].map((o): VocabularyItem => {
    const curated = sources.curated.get(o.key);
    const mine = sources.mine.get(o.key);
    const reading = curated?.pinyin ?? contextReading(o);
    const source = curated ? 'curated' : mine || o.fromTerm ? 'note' : 'dictionary';
    const given = [...new Set([...(curated?.renderings ?? []), ...(mine?.english ?? []), ...(sources.shared.get(o.key) ?? [])])];
    const english = given.length ? given : senses(sources.dictionary(o.key), reading);
    const renderings = given.length ? given : senseRenderings(english);
    return {
      term: o.term,
      key: o.key,
      pinyin: reading,
      english,
      note: mine?.body ?? curated?.explanation ?? '',
      ...(!mine && curated?.explanation && { noteFormat: 'text' as const }),
      example: { zh: sentenceAt(o.segment.zh, o.start).text, en: englishFor(o.segment.en, o.segment.zh, o.start, renderings), ref: context.cite(o.segment.id) },
      frequency: counts.get(o.key) ?? 0,
      source,
      tags: ['duizhao', `release::${context.slug}`, source, ...(mine ? ['mine'] : []), ...hskTag(sources.level?.(o.key) ?? 0)],
    };
  });
}

export function filterVocabulary(items: readonly VocabularyItem[], filter: VocabularyFilter): VocabularyItem[] {
  if (filter === 'all') return [...items];
  if (filter === 'mine') return items.filter((i) => i.tags.includes('mine'));
  return items.filter((i) => i.source === (filter === 'curated' ? 'curated' : 'dictionary'));
}

export type VocabularySort = 'order' | 'frequency' | 'pinyin' | 'level';
export const VOCABULARY_SORTS: readonly VocabularySort[] = ['order', 'frequency', 'pinyin', 'level'];
/**
 * The item's own reading as a sort key: letters without tones first (NFD, marks stripped), then the
 * tones, so 长远 cháng yuǎn sorts under c and 增长 zēng zhǎng under z. ICU's pinyin collation of
 * the characters would use each one's default reading instead (长 as cháng in 增长).
 */
function pinyinKey(pinyin: string): { letters: string; tones: string } {
  const syllables = pinyin.trim().split(/\s+/u).filter(Boolean);
  return {
    letters: syllables.map((s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).join(' '),
    tones: syllables.map(toneOf).join(''),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Items are built in order of first occurrence; the other orders are stable sorts of that. `level`
 * (HSK-like) puts easy words first, and within a level the more common in the corpus.
 */
export function sortVocabulary(items: readonly VocabularyItem[], sort: VocabularySort, difficulty?: Difficulty): VocabularyItem[] {
  if (sort === 'frequency') return [...items].sort((a, b) => b.frequency - a.frequency);
  if (sort === 'level' && difficulty) {
    const keyed = items.map((item) => ({ item, level: difficulty.level(item.key), rank: difficulty.rank(item.key) ?? Infinity }));
    keyed.sort((a, b) => a.level - b.level || a.rank - b.rank);
    return keyed.map((k) => k.item);
  }
  if (sort === 'pinyin') {
    const keyed = items.map((item) => ({ item, ...pinyinKey(item.pinyin) }));
    keyed.sort((a, b) => compare(a.letters, b.letters) || compare(a.tones, b.tones) || compare(a.item.key, b.item.key));
    return keyed.map((k) => k.item);
  }
  return [...items];
}
