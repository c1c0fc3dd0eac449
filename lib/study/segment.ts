export type WordSource = 'fixed' | 'dictionary' | 'icu' | 'other';
export type WordToken = { start: number; end: number; source: WordSource };

export type SegmentOptions = {
  /** Term matches (glossary, notes): non-overlapping, kept whole, ahead of the dictionary. */
  fixed?: readonly { start: number; end: number }[];
  isWord: (word: string) => boolean;
  /** The longest word `isWord` can accept, in code points. */
  maxLength: number;
};

// Created once: building a segmenter loads ICU's dictionary data.
const icu = new Intl.Segmenter('zh', { granularity: 'word' });

const HAN = /\p{Script=Han}/u;
const BREAK = /[\p{P}\p{Z}\s]/u; // no dictionary token spans punctuation or space (a comma inside a proverb)
const ALNUM = /[\p{L}\p{N}]/u; // with !HAN: a Latin, digit or fullwidth run that a word must not cut
const PUNCTUATION_OR_SPACE = /^[\p{P}\p{Z}\s]+$/u;
const PERCENT = /^[%％‰]$/u;

const isRun = (ch: string | undefined) => ch !== undefined && ALNUM.test(ch) && !HAN.test(ch);

/** Code point at UTF-16 offset i as a string (a whole surrogate pair where there is one). */
function charAt(text: string, i: number): string | undefined {
  const c = text.codePointAt(i);
  return c === undefined ? undefined : String.fromCodePoint(c);
}

/** The code point ending at UTF-16 offset i. */
function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return text.slice(pair ? i - 2 : i - 1, i);
}

/**
 * The end of the longest dictionary word starting at `i` and ending by `limit`, or -1. A word
 * starts at a Han character, or, for words like U盘 and 3D打印, at the start of a Latin or digit
 * run and containing Han; and it may not end inside such a run. So 120 never splits 1205, and %
 * is left to the number before it.
 */
function longestWordEnd(text: string, i: number, limit: number, options: SegmentOptions): number {
  const first = charAt(text, i)!;
  const hanStart = HAN.test(first);
  if (!hanStart && (!isRun(first) || isRun(charBefore(text, i)))) return -1;
  const ends: number[] = [];
  for (let j = i, n = 0; j < limit && n < options.maxLength; n++) {
    const ch = charAt(text, j)!;
    if (BREAK.test(ch)) break;
    j += ch.length;
    ends.push(j);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k];
    const word = text.slice(i, end);
    if (!hanStart && !HAN.test(word)) continue;
    if (isRun(charBefore(text, end)) && isRun(charAt(text, end))) continue;
    if (options.isWord(word)) return end;
  }
  return -1;
}

/**
 * Code-point offsets where ICU's words (and punctuation, spaces) of `text` start, plus its length:
 * the places a word may begin or end. ICU's dictionary knows words whose reading is the default
 * one (长期, 长廊), which pinyin-pro's segmentation leaves as single characters.
 */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>();
  let utf16 = 0;
  let codePoints = 0;
  for (const s of icu.segment(text)) {
    codePoints += Array.from(text.slice(utf16, s.index)).length;
    utf16 = s.index;
    boundaries.add(codePoints);
  }
  boundaries.add(codePoints + Array.from(text.slice(utf16)).length);
  return boundaries;
}

/** ICU's words for text[start, end), punctuation and space as 'other', a number joined to its %. */
function icuTokens(text: string, start: number, end: number): WordToken[] {
  const tokens: WordToken[] = [];
  for (const s of icu.segment(text.slice(start, end))) {
    const token: WordToken = {
      start: start + s.index,
      end: start + s.index + s.segment.length,
      source: s.isWordLike && !PUNCTUATION_OR_SPACE.test(s.segment) ? 'icu' : 'other',
    };
    const previous = tokens.at(-1);
    if (previous?.source === 'icu' && PERCENT.test(s.segment) && /\p{N}$/u.test(text.slice(previous.start, previous.end))) previous.end = token.end;
    else tokens.push(token);
  }
  return tokens;
}

/** Forward maximum matching over text[start, end); ICU for stretches where no word starts. */
function dictionaryTokens(text: string, start: number, end: number, options: SegmentOptions): WordToken[] {
  const tokens: WordToken[] = [];
  let i = start;
  let wordEnd = start < end ? longestWordEnd(text, start, end, options) : -1;
  while (i < end) {
    if (wordEnd !== -1) {
      tokens.push({ start: i, end: wordEnd, source: 'dictionary' });
      i = wordEnd;
      wordEnd = i < end ? longestWordEnd(text, i, end, options) : -1;
      continue;
    }
    let j = i + charAt(text, i)!.length;
    while (j < end && (wordEnd = longestWordEnd(text, j, end, options)) === -1) j += charAt(text, j)!.length;
    tokens.push(...icuTokens(text, i, j));
    i = j;
  }
  return tokens;
}

/**
 * Words of `text` as UTF-16 offsets, covering it in order without gaps: the fixed spans whole,
 * the rest by the longest dictionary word at each position, ICU's word segmenter where the
 * dictionary has nothing (numbers, Latin, rare characters), punctuation and space as 'other'.
 */
export function segmentWords(text: string, options: SegmentOptions): WordToken[] {
  const fixed = [...(options.fixed ?? [])].sort((a, b) => a.start - b.start);
  const tokens: WordToken[] = [];
  let at = 0;
  for (const span of fixed) {
    if (span.start < at || span.end <= span.start || span.end > text.length)
      throw new RangeError(`fixed span ${span.start}–${span.end} overlaps, is empty or lies outside the text`);
    tokens.push(...dictionaryTokens(text, at, span.start, options), { start: span.start, end: span.end, source: 'fixed' });
    at = span.end;
  }
  tokens.push(...dictionaryTokens(text, at, text.length, options));
  return tokens;
}
