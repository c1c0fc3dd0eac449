import { findRenderings } from '@/lib/terms/english';
import { splitSentences } from './sentences';

// A segment's English is its whole paragraph (releases are aligned paragraph to paragraph): as the
// English of one word's example it is far too long. The example gets the English sentence that
// holds the word's rendering, or the sentence in the same place where both sides have as many.

const english = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Longest English shown whole; a longer sentence is trimmed around the rendering. */
const MAX = 280;
const CONTEXT = 110;

function sentences(en: string): { start: number; end: number }[] {
  return [...english.segment(en)]
    .map((s) => ({ start: s.index + (s.segment.length - s.segment.trimStart().length), end: s.index + s.segment.trimEnd().length }))
    .filter((s) => s.end > s.start);
}

/** `text[start, end)` widened to whole words with up to CONTEXT characters around, an ellipsis where cut. */
function around(text: string, start: number, end: number): string {
  if (text.length <= MAX) return text;
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) from = text.indexOf(' ', from) + 1 || start;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : end;
  return `${from > 0 ? '… ' : ''}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`;
}

/** CC-CEDICT senses as renderings to look for: without notes in brackets or a leading "to", words of four letters or more. */
export function senseRenderings(definitions: readonly string[]): string[] {
  return definitions
    .flatMap((d) => d.split(/;\s*/))
    .map((d) =>
      d
        .replace(/\([^()]*\)|\[[^[\]]*\]|\b(?:CL|see|variant of|abbr\. for)\b.*$/gi, '')
        .replace(/^\s*to\s+/i, '')
        .trim(),
    )
    .filter((d) => d.length >= 4 && /^[a-z][a-z' -]*$/i.test(d));
}

/**
 * The English for a word at `zhOffset` (UTF-16) of a Chinese paragraph: the sentence of `en` that
 * holds one of the word's renderings (the one nearest the word's place, trimmed when long), else
 * the sentence in the same place when both paragraphs have as many sentences, else the paragraph.
 */
export function englishFor(en: string, zh: string, zhOffset: number, renderings: readonly string[]): string {
  const enSentences = sentences(en);
  if (enSentences.length <= 1 && en.length <= MAX) return en.trim();
  const zhSentences = splitSentences(zh);
  const zhIndex = Math.max(
    0,
    zhSentences.findLastIndex((s) => s.start <= zhOffset),
  );
  // Where the word lies, as a fraction of the paragraph: the rendering nearest there is the one meant.
  const place = zhSentences.length ? (zhIndex + 0.5) / zhSentences.length : 0;
  const found = findRenderings(en, [{ key: '', texts: renderings }]);
  if (found.length) {
    const nearest = found.reduce((best, m) => (Math.abs(m.start / en.length - place) < Math.abs(best.start / en.length - place) ? m : best));
    const sentence = enSentences.find((s) => s.start <= nearest.start && nearest.start < s.end) ?? { start: 0, end: en.length };
    const text = en.slice(sentence.start, sentence.end);
    return around(text, nearest.start - sentence.start, nearest.end - sentence.start);
  }
  if (zhSentences.length === enSentences.length) {
    const s = enSentences[zhIndex]!;
    return en.slice(s.start, s.end);
  }
  return en.trim();
}
