// Character classes shared by the cleaning steps. Inputs are single UTF-16 units or code points as
// strings; astral Han (Extension B+) arrives as a surrogate pair and is tested by code point.
import { isHan } from '../core/text';

export { isHan };
const LATIN_LETTER = /^\p{Script=Latin}$/u;

/** CJK symbols and punctuation, full-width forms, curly quotes, ellipsis, dashes, middle dot. */
export function isChinesePunct(ch: string | undefined): boolean {
  if (!ch) return false;
  const cp = ch.codePointAt(0)!;
  return (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2018 && cp <= 0x201d) || cp === 0x2026 || cp === 0x2014 || cp === 0x00b7;
}

export const isChinese = (ch: string | undefined): boolean => isHan(ch) || isChinesePunct(ch);
export const isAsciiDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && LATIN_LETTER.test(ch);

/** The code point ending just before `index` (surrogate pairs taken whole). */
export function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

/** The code point starting at `index`. */
export function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  const cp = text.codePointAt(index)!;
  return String.fromCodePoint(cp);
}
