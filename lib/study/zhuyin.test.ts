import { fromPinyinSyllable } from 'zhuyin';
import { describe, expect, test } from 'vitest';
import { toZhuyin } from './zhuyin';

describe('toZhuyin', () => {
  test.each([
    // the four tones and the neutral tone (˙ before the syllable, MOE convention)
    ['mā', 'ㄇㄚ'],
    ['má', 'ㄇㄚˊ'],
    ['mǎ', 'ㄇㄚˇ'],
    ['mà', 'ㄇㄚˋ'],
    ['de', '˙ㄉㄜ'],
    ['zi', '˙ㄗ'],
    // syllables with no final vowel written
    ['zhī', 'ㄓ'],
    ['chí', 'ㄔˊ'],
    ['shǐ', 'ㄕˇ'],
    ['rì', 'ㄖˋ'],
    ['zì', 'ㄗˋ'],
    ['cí', 'ㄘˊ'],
    ['sì', 'ㄙˋ'],
    // ü, written u after j q x and y
    ['lǜ', 'ㄌㄩˋ'],
    ['nǚ', 'ㄋㄩˇ'],
    ['lüè', 'ㄌㄩㄝˋ'],
    ['jū', 'ㄐㄩ'],
    ['qù', 'ㄑㄩˋ'],
    ['xué', 'ㄒㄩㄝˊ'],
    ['yuán', 'ㄩㄢˊ'],
    ['yòng', 'ㄩㄥˋ'],
    // er, and erhua r: a bare ㄦ, never toned
    ['ér', 'ㄦˊ'],
    ['èr', 'ㄦˋ'],
    ['r', 'ㄦ'],
    // release syllables
    ['zhǎng', 'ㄓㄤˇ'],
    ['liàn', 'ㄌㄧㄢˋ'],
    ['tiáo', 'ㄊㄧㄠˊ'],
    ['háng', 'ㄏㄤˊ'],
    ['guàn', 'ㄍㄨㄢˋ'],
    ['jìng', 'ㄐㄧㄥˋ'],
    ['xiōng', 'ㄒㄩㄥ'],
    ['wēng', 'ㄨㄥ'],
    ['yī', 'ㄧ'],
    ['guī', 'ㄍㄨㄟ'],
    ['liù', 'ㄌㄧㄡˋ'],
    ['dūn', 'ㄉㄨㄣ'],
  ])('%s → %s', (pinyin, zhuyin) => expect(toZhuyin(pinyin)).toBe(zhuyin));

  test('tone marks are the MOE code points, never the package backtick', () => {
    expect(fromPinyinSyllable('mà')).toBe('ㄇㄚ`'); // why we normalise: the package's own 4th tone
    expect(Array.from('ˊˇˋ˙', (c) => c.codePointAt(0))).toEqual([0x2ca, 0x2c7, 0x2cb, 0x2d9]);
    const out = ['má', 'mǎ', 'mà', 'ma'].map(toZhuyin).join('');
    expect(out).not.toMatch(/[`´ˆ·]/u);
    expect(toZhuyin('ma').codePointAt(0)).toBe(0x2d9);
  });

  test('numbered, capitalised and decomposed input; "" stays ""', () => {
    expect(toZhuyin('lü4')).toBe('ㄌㄩˋ');
    expect(toZhuyin('de5')).toBe('˙ㄉㄜ');
    expect(toZhuyin('Jǐ')).toBe('ㄐㄧˇ');
    expect(toZhuyin('lu\u0308\u0300')).toBe('ㄌㄩˋ');
    expect(toZhuyin('')).toBe('');
  });

  test('a syllable that is not pinyin is an error naming it', () => {
    expect(() => toZhuyin('xyz')).toThrow(/"xyz"/);
  });
});
