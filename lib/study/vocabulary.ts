import type { DictionaryEntry } from './cedict';
import { hskTag, type Difficulty } from './difficulty';
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

type Occurrence = { key: string; term: string; segment: VocabularySegment; start: number; end: number; fromTerm: boolean };

/** Every term match (nested ones included) and every dictionary word with a Han character, in reading order. */
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
    const nested = (segment.nested ?? []).map((n): Occurrence => ({ key: n.key, term: segment.zh.slice(n.start, n.end), segment, start: n.start, end: n.end, fromTerm: true }));
    return nested.length ? [...words, ...nested].sort((a, b) => a.start - b.start || b.end - a.end) : words;
  });
}

/** The reading in context at an occurrence, as space-separated syllables. */
function contextReading(o: Occurrence): string {
  const before = Array.from(o.segment.zh.slice(0, o.start)).length;
  return o.segment.readings.slice(before, before + Array.from(o.term).length).filter(Boolean).join(' ');
}

/** CC-CEDICT senses, those whose reading matches the one in context first (长 zhǎng, not cháng). */
function senses(entries: readonly DictionaryEntry[], reading: string): string[] {
  const matching = entries.filter((e) => e.pinyin.toLowerCase() === reading.toLowerCase());
  return (matching.length ? matching : entries).flatMap((e) => e.definitions);
}

/**
 * A release's vocabulary: glossary and note terms, then dictionary words, each once, in order of
 * first occurrence, with its frequency and its first sentence (and the paragraph's English).
 */
export function buildVocabulary(
  segments: readonly VocabularySegment[],
  sources: VocabularySources,
  context: { slug: string; cite: (segmentId: string) => string },
): VocabularyItem[] {
  const found = occurrences(segments);
  const counts = new Map<string, number>();
  for (const o of found) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
  const firsts = new Map<string, Occurrence>();
  for (const o of found) if (!firsts.has(o.key)) firsts.set(o.key, o);
  return [...firsts.values()].map((o): VocabularyItem => {
    const curated = sources.curated.get(o.key);
    const mine = sources.mine.get(o.key);
    const reading = curated?.pinyin ?? contextReading(o);
    const source = curated ? 'curated' : mine || o.fromTerm ? 'note' : 'dictionary';
    const english = [...new Set([...(curated?.renderings ?? []), ...(mine?.english ?? []), ...(sources.shared.get(o.key) ?? [])])];
    return {
      term: o.term,
      key: o.key,
      pinyin: reading,
      english: english.length ? english : senses(sources.dictionary(o.key), reading),
      note: mine?.body ?? curated?.explanation ?? '',
      example: { zh: sentenceAt(o.segment.zh, o.start).text, en: o.segment.en, ref: context.cite(o.segment.id) },
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
