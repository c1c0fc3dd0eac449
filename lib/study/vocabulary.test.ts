import { describe, expect, test } from 'vitest';
import type { VocabularyItem } from './export/types';
import { loadDifficulty, hskTag } from './difficulty';
import { sortVocabulary } from './vocabulary';

const item = (key: string, pinyin: string, frequency = 1): VocabularyItem => ({
  term: key,
  key,
  pinyin,
  english: [],
  note: '',
  example: null,
  frequency,
  source: 'dictionary',
  tags: [],
});

describe('sortVocabulary', () => {
  // In order of first occurrence, as buildVocabulary gives them.
  const items = [
    item('增长', 'zēng zhǎng', 3),
    item('银行', 'yín háng'),
    item('长远', 'cháng yuǎn', 2),
    item('时事', 'shí shì'),
    item('力', 'lì'),
    item('权力', 'quán lì'),
    item('泰山', 'Tài shān'),
    item('行业', 'háng yè', 5),
    item('实施', 'shí shī'),
    item('权利', 'quán lì'),
    item('长期', 'cháng qī'),
  ];

  test('pinyin: by the item’s own reading without tones, then tones, then key', () => {
    // ICU's pinyin collation of the keys reads 长 as zhǎng and 行 as xíng, so it would put 长远
    // after 增长 and 行业 under x.
    expect(sortVocabulary(items, 'pinyin').map((i) => i.key)).toEqual([
      '长期', // chang qi
      '长远', // chang yuan
      '行业', // hang ye
      '力', // li
      '权利', // quan li, the same reading as 权力: by key (利 U+5229 before 力 U+529B)
      '权力',
      '实施', // shi shi, tones 2 1
      '时事', // shi shi, tones 2 4
      '泰山', // tai shan: capitals do not count
      '银行', // yin hang
      '增长', // zeng zhang
    ]);
  });

  test('frequency is a stable sort by count; order keeps first occurrence; the input is not changed', () => {
    const before = items.map((i) => i.key);
    expect(sortVocabulary(items, 'frequency').map((i) => i.key).slice(0, 4)).toEqual(['行业', '增长', '长远', '银行']);
    expect(sortVocabulary(items, 'order').map((i) => i.key)).toEqual(before);
    expect(items.map((i) => i.key)).toEqual(before);
  });
});

describe('HSK-like ordering and tags', () => {
  test('level: easy words first, the more common first within a level, words beyond HSK last', async () => {
    const difficulty = await loadDifficulty();
    const items = ['专精特新', '经济', '的', '培育', '链长', '发展'].map((k) => item(k, ''));
    const sorted = sortVocabulary(items, 'level', difficulty).map((i) => i.key);
    const levels = sorted.map((k) => difficulty.level(k));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(sorted[0]).toBe('的');
    // 经济 and 发展 are both HSK 4; 发展 is the more common in the corpus.
    expect(difficulty.rank('发展')!).toBeLessThan(difficulty.rank('经济')!);
    expect(sorted.indexOf('发展')).toBeLessThan(sorted.indexOf('经济'));
  });

  test('tags name the level for Anki, beyond HSK 6 as such, and nothing for non-Han words', () => {
    expect(hskTag(4)).toEqual(['hsk::4']);
    expect(hskTag(7)).toEqual(['hsk::beyond']);
    expect(hskTag(0)).toEqual([]);
  });
});
