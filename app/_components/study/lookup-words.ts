// The words of a paragraph as the server cut them (`data-words`: the offset where each starts), and
// the word highlight. Offsets are UTF-16 code units of the paragraph's text without its readings.
import { rangeOf, segmentText } from './text-offsets';

export const SEGMENTS = '.seg-text[data-words]';
const HIGHLIGHT = 'dz-word';

export type Word = { el: HTMLElement; index: number; start: number; end: number; text: string };

export function wordStarts(el: HTMLElement): number[] {
  return (el.dataset.words ?? '').split(',').filter(Boolean).map(Number);
}

/** The index-th word of a paragraph, or null past either end. */
export function wordAt(el: HTMLElement, index: number): Word | null {
  const starts = wordStarts(el);
  if (index < 0 || index >= starts.length) return null;
  const text = segmentText(el);
  const start = starts[index];
  const end = starts[index + 1] ?? text.length;
  return { el, index, start, end, text: text.slice(start, end) };
}

/** The word holding the character at `offset`. */
export const wordHolding = (el: HTMLElement, offset: number) =>
  wordAt(
    el,
    wordStarts(el).findLastIndex((s) => s <= offset),
  );

// As much text from a word on as a look-up needs: a note's term may run on past the word the
// segmenter cut (the page's words know the public glossary, not each reader's notes).
const LOOKAHEAD = 12;

/** The text from a word's start to the end of its clause (at most LOOKAHEAD characters): what the dictionary is asked. */
export function lookupText(word: Word): string {
  const rest = segmentText(word.el).slice(word.start);
  const clause = Array.from(/^[^\p{P}\p{Z}\s]*/u.exec(rest)![0])
    .slice(0, LOOKAHEAD)
    .join('');
  // A glossary term may hold punctuation (騰籠換鳥，鳳凰涅槃): then the word itself is asked.
  return clause.length >= word.text.length ? clause : word.text.trim();
}

/** The word widened to `length` code units from its start, its index that of the last page word inside it. */
export function widened(word: Word, length: number): Word {
  const end = word.start + length;
  const index = wordStarts(word.el).findLastIndex((s) => s < end);
  return { ...word, index, end, text: segmentText(word.el).slice(word.start, end) };
}

/** Words, not punctuation or bare numbers: worth a look-up. */
export const readable = (w: Word) => /\p{L}/u.test(w.text);

/** The nearest readable word after (1) or before (-1) word `index`. */
export function step(el: HTMLElement, index: number, direction: 1 | -1): Word | null {
  for (let i = index + direction; ; i += direction) {
    const w = wordAt(el, i);
    if (!w || readable(w)) return w;
  }
}

export const firstWord = (el: HTMLElement) => step(el, -1, 1);
export const lastWord = (el: HTMLElement) => step(el, wordStarts(el).length, -1);

/** Marks the word with the CSS Custom Highlight API, which leaves the DOM (and copying) alone. */
export function highlight(word: Word | null) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!word) return void CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.set(HIGHLIGHT, new Highlight(rangeOf(word.el, word.start, word.end)));
}
