import { isChinesePunct } from './chars';
import { COMMON_HAN } from './common-chars';

/**
 * How much a decoding looks like Chinese text, from -1 to 1, judged on its non-ASCII characters
 * (ASCII reads the same in every candidate): +1 for a frequent Chinese character or Chinese
 * punctuation, 0 for another Han character of the basic block, -1 for anything else (kana, Greek,
 * box drawing, rare extensions, private use, U+FFFD), which mis-decoded Chinese is full of.
 */
export function plausibility(text: string): { score: number; nonAscii: number } {
  let nonAscii = 0;
  let sum = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if (COMMON_HAN.has(ch) || isChinesePunct(ch)) sum += 1;
    else if (cp < 0x4e00 || cp > 0x9fff) sum -= 1;
  }
  return { score: nonAscii ? sum / nonAscii : 0, nonAscii };
}
