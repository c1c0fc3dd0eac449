import { pinyin } from 'pinyin-pro';
import { isHan } from '@/lib/core/text';
import { wordBoundaries } from './segment';

/**
 * Readings convention (Xiandai Hanyu Cidian): citation tones, so 一 and 不 carry no tone sandhi
 * (yī, bù everywhere; hence toneSandhi: false); the neutral tone is unmarked (的 de, 子 zi); erhua is
 * written `r` on the 儿 character's ruby (一点儿 yī diǎn r). Ruby is per character, so it is
 * lowercase even for proper nouns (济南 jǐ nán): capitals belong to running pinyin, not ruby.
 *
 * pinyin-pro reads erhua 儿 as ér (哪儿 nǎ ér) and no rule tells the suffix from 女儿 or 婴儿, so
 * erhua words, like every other correction, come from the policy dictionary (content/pinyin.yaml).
 */

/** Simplified word → one tone-marked syllable per code point ('' for a non-Han one, e.g. "，"). */
export type PolicyReadings = ReadonlyMap<string, readonly string[]>;

// Longest policy word in code points, per dictionary, so the scan does not recount it per call.
const longest = new WeakMap<PolicyReadings, number>();

function maxWordLength(policy: PolicyReadings): number {
  let max = longest.get(policy);
  if (max === undefined) {
    max = 0;
    for (const word of policy.keys()) max = Math.max(max, Array.from(word).length);
    longest.set(policy, max);
  }
  return max;
}

/**
 * The reading of every code point of `hans` (Simplified: callers convert Traditional text first,
 * as pinyin-pro's word list is Simplified): a tone-marked syllable for a Han character, '' for
 * anything else. pinyin-pro reads the whole text, since its word segmentation needs the context;
 * then the policy dictionary overrides it, leftmost-longest, but only where a policy word starts
 * and ends on word boundaries, so 链长 does not reread 产业链长期 and 这儿 not 这儿子. Boundaries
 * are ICU's, not pinyin-pro's: pinyin-pro's segment() groups only words of its own polyphone
 * dictionary and leaves 长期 or 引领 as single characters, a boundary between every one.
 */
export function readings(hans: string, policy: PolicyReadings): string[] {
  const chars = Array.from(hans);
  const auto = pinyin(hans, { type: 'array', toneType: 'symbol', toneSandhi: false });
  // pinyin-pro gives one item per code point, non-Han ones as themselves; refuse to misalign.
  if (auto.length !== chars.length) throw new Error(`pinyin-pro returned ${auto.length} readings for ${chars.length} characters`);
  const out = chars.map((ch, i) => (isHan(ch) && auto[i] !== ch ? auto[i] : ''));

  const max = Math.min(maxWordLength(policy), chars.length);
  if (max === 0) return out;
  const boundaries = wordBoundaries(hans);
  for (let i = 0; i < chars.length;) {
    let matched = 0;
    for (let len = Math.min(max, chars.length - i); len > 0 && !matched && boundaries.has(i); len--) {
      const word = boundaries.has(i + len) ? policy.get(chars.slice(i, i + len).join('')) : undefined;
      if (word) {
        word.forEach((syllable, k) => (out[i + k] = syllable));
        matched = len;
      }
    }
    i += matched || 1;
  }
  return out;
}

// Combining tone marks after NFD: macron, acute, caron, grave (ü's diaeresis U+0308 is not one).
const TONE_MARKS: Record<string, 1 | 2 | 3 | 4> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };
const TONE_MARK_RE = /[\u0304\u0301\u030C\u0300]/gu;

/** 1–4, or 5 for the neutral tone (no mark, as de or erhua r). Also reads a tone number (zhang3). */
export function toneOf(syllable: string): 1 | 2 | 3 | 4 | 5 {
  const numbered = /([1-5])$/.exec(syllable);
  if (numbered) return Number(numbered[1]) as 1 | 2 | 3 | 4 | 5;
  for (const ch of syllable.normalize('NFD')) if (TONE_MARKS[ch]) return TONE_MARKS[ch];
  return 5;
}

/**
 * zhǎng → zhang3, de → de5, lǜ → lü4, r → r5. ü stays ü (not v or u:): that is what Pleco and Anki
 * users read and type; '' stays ''.
 */
export function toNumbered(syllable: string): string {
  if (!syllable || /[1-5]$/.test(syllable)) return syllable;
  return syllable.normalize('NFD').replace(TONE_MARK_RE, '').normalize('NFC') + toneOf(syllable);
}
