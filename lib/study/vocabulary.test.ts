import { describe, expect, test } from 'vitest';
import type { VocabularyItem } from './export/types';
import { loadDifficulty, hskTag } from './difficulty';
import { buildVocabulary, sortVocabulary } from './vocabulary';

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
    expect(
      sortVocabulary(items, 'frequency')
        .map((i) => i.key)
        .slice(0, 4),
    ).toEqual(['行业', '增长', '长远', '银行']);
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

describe('buildVocabulary', () => {
  // 2024年3月8日，山东省的专精特新企业增长。 with the glossary term 专精特新 kept whole.
  const zh = '2024年3月8日，山东省的专精特新企业增长。本月的增长。';
  const en = 'On 8 March 2024, specialized, refined, distinctive and innovative enterprises in Shandong Province grew. Growth this month.';
  const span = (word: string, from = 0, source: 'dictionary' | 'fixed' | 'icu' = 'dictionary') => ({
    start: zh.indexOf(word, from),
    end: zh.indexOf(word, from) + word.length,
    source,
  });
  const segment = {
    id: 'a1',
    zh,
    en,
    twin: zh,
    readings: Array.from(zh).map(() => 'x'),
    terms: [{ ...span('专精特新'), key: '专精特新' }],
    nested: [
      { ...span('专精'), key: '专精' },
      { ...span('专精'), key: '专精' }, // a shared note of my own: public and mine, found twice
    ],
    words: [
      span('2024', 0, 'icu'),
      span('年'),
      span('3', 5, 'icu'),
      span('月'),
      span('8', 7, 'icu'),
      span('日'),
      span('山东省'),
      span('的'),
      { ...span('专精特新'), source: 'fixed' as const },
      span('企业'),
      span('增长'),
      span('本月'),
      span('的', 20),
      span('增长', 20),
    ],
  };
  const sources = {
    curated: new Map([['专精特新', { pinyin: 'zhuān jīng tè xīn', renderings: ['specialized, refined, distinctive and innovative'], explanation: 'Four *qualities*.' }]]),
    mine: new Map([['专精', { body: '**mine**', english: [] }]]),
    shared: new Map(),
    dictionary: (word: string) =>
      word === '山东省' ? [{ traditional: '山東省', simplified: '山东省', pinyin: 'x x x', pinyinNumbered: '', definitions: ['Shandong Province'] }] : [],
  };
  const build = (minor?: boolean) => buildVocabulary([segment], sources, { slug: 's', cite: (id) => `#${id}`, minor });

  test('dates, numbers and lone function characters are left out unless asked for', () => {
    const keys = build().map((i) => i.key);
    expect(keys).toEqual(['山东省', '专精特新', '专精', '企业', '增长', '本月']);
    expect(build(true).map((i) => i.key)).toEqual(['年', '月', '日', '山东省', '的', '专精特新', '专精', '企业', '增长', '本月']);
  });

  test('a term nested in a longer one counts once per occurrence, with its sentence', () => {
    const nested = build().find((i) => i.key === '专精')!;
    expect(nested).toMatchObject({ frequency: 1, source: 'note', note: '**mine**', example: { zh: zh.slice(0, zh.indexOf('。') + 1) } });
    expect(nested.tags).toContain('mine');
    expect(nested.noteFormat).toBeUndefined();
  });

  test('the example’s English is the sentence holding the rendering; a curated explanation is plain text', () => {
    const items = build();
    const curated = items.find((i) => i.key === '专精特新')!;
    expect(curated.example!.en).toBe('On 8 March 2024, specialized, refined, distinctive and innovative enterprises in Shandong Province grew.');
    expect(curated).toMatchObject({ note: 'Four *qualities*.', noteFormat: 'text' });
    expect(items.find((i) => i.key === '山东省')!.example!.en).toMatch(/^On 8 March 2024/);
    const month = items.find((i) => i.key === '本月')!;
    expect(month.example).toMatchObject({ zh: '本月的增长。', en: 'Growth this month.' });
  });
});
