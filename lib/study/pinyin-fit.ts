// Whether a pinyin string fits a word, one tone-marked syllable per Han character. Pure, so the
// content schema, the curated-entry PATCH schema and the policy dictionary share one rule.
// Relative imports: the import CLI loads this through lib/content/schema.ts without the @/ alias.
import { isHan } from '../core/text';

// One syllable: lowercase letters with at most one tone mark; `r` is the erhua suffix.
const SYLLABLE = /^[a-zêü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]?[a-zêü]*$/u;

/** Lowercased NFC syllables of `pinyin` (ruby is per character, so no capitals). */
export const syllablesOf = (pinyin: string) =>
  pinyin
    .trim()
    .toLowerCase()
    .split(/\s+/u)
    .map((s) => s.normalize('NFC'));

/** Why `pinyin` does not fit `word`, naming the word; null when it fits. */
export function pinyinMisfit(word: string, pinyin: string): string | null {
  const syllables = syllablesOf(pinyin);
  const han = Array.from(word).filter(isHan).length;
  if (syllables.length !== han) return `"${word}" has ${han} Han characters but ${syllables.length} syllables in "${pinyin}"`;
  const bad = syllables.find((s) => !s || !SYLLABLE.test(s));
  return bad === undefined ? null : `"${word}" has "${bad}", not one tone-marked pinyin syllable`;
}
