import { hasWord, maxWordLength } from './cedict';
import { segmentWords, type WordToken } from './segment';

/** Words of a Simplified text by CC-CEDICT, with glossary and note terms (`fixed`) kept whole. */
export function dictionaryWords(twin: string, fixed: readonly { start: number; end: number }[]) {
  return segmentWords(twin, { fixed, isWord: hasWord, maxLength: maxWordLength() });
}

// A reading group is laid out as one unit that never breaks across lines: a long glossary term
// (工业互联网标识解析国家顶级节点) would not fit a phone's line, so it is grouped by its dictionary words.
const LONGEST_GROUP = 4;

/**
 * Where ruby groups start (UTF-16 offsets): each word's start, and inside a kept-whole term longer
 * than four characters, its dictionary words' starts.
 */
export function rubyGroupStarts(twin: string, words: readonly WordToken[]): number[] {
  return words.flatMap((w) => {
    if (w.source !== 'fixed' || Array.from(twin.slice(w.start, w.end)).length <= LONGEST_GROUP) return [w.start];
    return dictionaryWords(twin.slice(w.start, w.end), []).map((inner) => w.start + inner.start);
  });
}
