/**
 * Delimiters the twp converter wraps around each Taiwan-phrase replacement, so that a whole-text
 * conversion can report where its phrases went. Unicode noncharacters are reserved for exactly this
 * kind of in-process use: no text or OpenCC dictionary contains them.
 */
const OPEN = '\uFDD0';
const SPLIT = '\uFDD1';
const CLOSE = '\uFDD2';
const MARKED = /\uFDD0([^\uFDD1]*)\uFDD1([^\uFDD2]*)\uFDD2/g;

export interface PhraseMark {
  /** The dictionary key that matched. */
  source: string;
  phrase: string;
  /** UTF-16 index of `phrase` in the unmarked text. */
  offset: number;
}

export function markPhrase(source: string, phrase: string): string {
  return OPEN + source + SPLIT + phrase + CLOSE;
}

export function hasMarks(text: string): boolean {
  return /[\uFDD0-\uFDD2]/.test(text);
}

export function readMarks(marked: string): { text: string; marks: PhraseMark[] } {
  const marks: PhraseMark[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARKED)) {
    text += marked.slice(last, m.index);
    marks.push({ source: m[1], phrase: m[2], offset: text.length });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), marks };
}
