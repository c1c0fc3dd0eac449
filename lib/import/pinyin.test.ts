import { describe, expect, test } from 'vitest';
import { isPinyinSyllable } from './pinyin';

describe('isPinyinSyllable', () => {
  test.each(['fā', 'huì', 'zhǎng', 'chuàng', 'qǐng', 'lǜ', 'nǚ', 'fa1', 'zhang3', 'lv4', 'lü4', 'de', 'men', 'ǹg', 'ḿ', 'yōu', 'jī', 'shù'])('%s is a syllable', (word) =>
    expect(isPinyinSyllable(word)).toBe(true),
  );
  test.each([
    ['GDP', 'upper case'],
    ['AI', 'upper case'],
    ['an', 'unmarked, could be English'],
    ['he', 'unmarked, could be English'],
    ['fāā', 'two marks'],
    ['fā1', 'mark and number'],
    ['fa6', 'no tone 6'],
    ['xyz', 'no such syllable'],
    ['2023', 'digits'],
    ['e.g', 'punctuation'],
    ['', 'empty'],
  ])('%s is not (%s)', (word) => expect(isPinyinSyllable(word)).toBe(false));
});
