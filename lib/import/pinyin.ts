// Recognises one Hanyu Pinyin syllable, as flattened ruby annotations and their stray remains carry.

const MARKED: Record<string, string> = {
  ā: 'a',
  á: 'a',
  ǎ: 'a',
  à: 'a',
  ē: 'e',
  é: 'e',
  ě: 'e',
  è: 'e',
  ī: 'i',
  í: 'i',
  ǐ: 'i',
  ì: 'i',
  ō: 'o',
  ó: 'o',
  ǒ: 'o',
  ò: 'o',
  ū: 'u',
  ú: 'u',
  ǔ: 'u',
  ù: 'u',
  ǖ: 'v',
  ǘ: 'v',
  ǚ: 'v',
  ǜ: 'v',
  ń: 'n',
  ň: 'n',
  ǹ: 'n',
  ḿ: 'm',
};
const PLAIN: Record<string, string> = { ü: 'v', ê: 'e' };

// Initial + final; loose about which pairs exist, strict about the shape.
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ue|ve|vn|a|o|e|i|u|v|ng|n|m)$/;

// Neutral-tone syllables that annotations write without a mark; other unmarked words such as
// "an" or "he" could be English, so they do not count.
const NEUTRAL = new Set(['de', 'le', 'me', 'men', 'ne', 'ma', 'ba', 'zi', 'zhe', 'la', 'ya', 'wa', 'na', 'ge', 'tou', 'mo']);

/** Characters a syllable can be written with (for scanning); the syllable itself is checked by isPinyinSyllable. */
export const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';

/** "fā", "zhǎng", "fa1", "lü4", "men": one syllable with a tone mark, a tone number or a neutral tone. */
export function isPinyinSyllable(word: string): boolean {
  const numbered = /^([^\d]+)([1-5])$/.exec(word);
  const body = numbered ? numbered[1] : word;
  let base = '';
  let marks = 0;
  for (const ch of body) {
    if (MARKED[ch]) {
      base += MARKED[ch];
      marks++;
    } else if (PLAIN[ch]) base += PLAIN[ch];
    else if (ch >= 'a' && ch <= 'z') base += ch;
    else return false;
  }
  if (marks > 1 || (numbered && marks) || !SYLLABLE.test(base)) return false;
  return marks === 1 || numbered !== null || NEUTRAL.has(base);
}
