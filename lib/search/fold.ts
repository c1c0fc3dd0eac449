import { convert } from '@/lib/chinese/convert';
import type { SourceScript } from '@/lib/core/text';
import { simplifiedTwin } from '@/lib/study/twin';

// How search sees text. The index holds each segment folded: its Chinese converted whole to
// Simplified (OpenCC, from the release's source script), full-width Latin letters and digits as
// ASCII and Latin in lower case; its English as lower-case words without accents or apostrophes,
// each after a space. A query is folded the same way, so 專精特新 finds 专精特新 and 臺灣 finds 台湾.

/** Bump when folding changes: segments folded by an older version are folded again at start-up. */
export const FOLD_VERSION = 1;

/**
 * Character by character (the result has the same length, so offsets carry over): full-width
 * ASCII forms to ASCII, any space to a space, ASCII letters to lower case.
 */
export function foldCharacters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    out += code === 0x3000 || /\s/.test(String.fromCharCode(code)) ? ' ' : String.fromCharCode(code);
  }
  return out;
}

/** A segment's Chinese as the index holds it. */
export const foldChinese = (zh: string, from: SourceScript): string => foldCharacters(convert(zh, from, 'hans'));

/** What the index holds for a segment (its Segment columns), written with it by storeRelease. */
export const searchFields = (zh: string, en: string, from: SourceScript) => ({ zhFolded: foldChinese(zh, from), enFolded: foldEnglish(en), foldVersion: FOLD_VERSION });

/** Chinese typed in any script, folded as the index is (a Simplified form converts to itself). */
export const foldChineseQuery = (text: string): string => foldCharacters(convert(text.normalize('NFC'), 'hant', 'hans'));

// A word: letters and digits, with apostrophes inside (China's, Xi’s), accents as marks after NFD.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase();

/** English as the index holds it: ` word word … ` (every word after a space), '' without words. */
export function foldEnglish(en: string): string {
  const words = Array.from(en.matchAll(WORD), (m) => foldWord(m[0])).filter(Boolean);
  return words.length ? ` ${words.join(' ')} ` : '';
}

const SUFFIXES = ['ies', 'es', 's', 'ing', 'ed', 'y', 'e'];

/**
 * A light stem, matched as a word prefix: a word of five letters or more loses one common ending,
 * so "industry", "industries" and "industrial" meet at "industr", "services" and "service" at
 * "servic". Predictable rather than clever; the same on both databases.
 */
export function stem(word: string): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return word;
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

/** The word stems of an English query. */
export const englishStems = (text: string): string[] => [...new Set(Array.from(text.matchAll(WORD), (m) => stem(foldWord(m[0]))).filter(Boolean))];

const PINYIN = /^(?:[a-zü]+[1-5]?[\s'’-]*)+$/;
const toneless = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A query's pinyin key (toneless syllables run together, v for ü), or null when it cannot be pinyin. */
export function pinyinKey(text: string): string | null {
  const plain = toneless(text.normalize('NFC').trim()).replace(/v/g, 'u');
  if (!plain || !PINYIN.test(plain)) return null;
  const key = plain.replace(/[^a-z]/g, '');
  return key.length >= 2 ? key : null;
}

/** Whether a glossary term's pinyin (one syllable per character, spaced) holds `key` as a run of whole syllables. */
export function pinyinHolds(pinyin: string, key: string): boolean {
  const syllables = toneless(pinyin)
    .split(/[\s'’-]+/)
    .map((s) => s.replace(/[^a-z]/g, ''))
    .filter(Boolean);
  for (let i = 0; i < syllables.length; i++) {
    let run = '';
    for (let j = i; j < syllables.length && run.length < key.length; j++) if ((run += syllables[j]) === key) return true;
  }
  return false;
}

/** A piece of text to highlight: UTF-16 offsets, end excluded. */
export type Span = readonly [start: number, end: number];

function merged(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Where the folded needles stand in Chinese shown in any script: they are found on the shown
 * text's Simplified twin (the same length, lib/study/twin.ts), so the spans fall on the shown text.
 */
export function chineseSpans(shown: string, needles: readonly string[]): Span[] {
  const folded = foldCharacters(simplifiedTwin(shown));
  const spans: Span[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) spans.push([at, at + needle.length]);
  }
  return merged(spans);
}

/** The words of `en` that begin with one of the stems, whole. */
export function englishSpans(en: string, stems: readonly string[]): Span[] {
  if (!stems.length) return [];
  const spans: Span[] = [];
  for (const m of en.matchAll(WORD)) {
    const word = foldWord(m[0]);
    if (stems.some((s) => word.startsWith(s))) spans.push([m.index, m.index + m[0].length]);
  }
  return merged(spans);
}
