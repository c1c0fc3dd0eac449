import { describe, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/core/text';
import { chineseSpans, englishSpans, englishStems, foldCharacters, foldChinese, foldChineseQuery, foldEnglish, pinyinHolds, pinyinKey, stem } from './fold';
import { parseQuery, searchInputSchema } from './query';

const cut = (text: string, spans: readonly (readonly [number, number])[]) => spans.map(([a, b]) => text.slice(a, b));

describe('folding Chinese', () => {
  test.each([
    ['專精特新', '专精特新'],
    ['专精特新', '专精特新'],
    ['臺灣', '台湾'],
    ['台灣', '台湾'],
    ['台湾', '台湾'],
    ['５Ｇ基站', '5g基站'],
    ['ＧＤＰ　增長', 'gdp 增长'],
  ])('a query %s folds to %s', (query, folded) => {
    expect(foldChineseQuery(query)).toBe(folded);
  });

  test('a segment folds from its source script, whole, to the same Simplified a query in any script folds to', () => {
    const hant = '支持專精特新企業在臺灣發展';
    expect(foldChinese(hant, 'hant')).toBe('支持专精特新企业在台湾发展');
    expect(foldChinese('支持专精特新企业', 'hans')).toBe('支持专精特新企业');
    for (const script of ['hans', 'hant', 'tw', 'hk'] as Script[]) expect(foldChinese(hant, 'hant')).toContain(foldChineseQuery(convert('專精特新', 'hant', script)));
  });

  test('character folding keeps the length, so offsets carry over', () => {
    const text = 'Ａ股　５Ｇ\u{20000}Ｚ';
    expect(foldCharacters(text)).toHaveLength(text.length);
    expect(foldCharacters(text)).toBe('a股 5g\u{20000}z');
  });
});

describe('folding English', () => {
  test('the index holds lower-case words without accents or apostrophes, each after a space', () => {
    expect(foldEnglish('China’s High-Quality Development, 5.3% — Café')).toBe(' chinas high quality development 5 3 cafe ');
    expect(foldEnglish('')).toBe('');
    expect(foldEnglish('— …')).toBe('');
  });

  test.each([
    ['industry', 'industr'],
    ['industries', 'industr'],
    ['policies', 'polic'],
    ['industrial', 'industrial'],
    ['services', 'servic'],
    ['service', 'servic'],
    ['manufacturing', 'manufactur'],
    ['policy', 'polic'],
    ['5g', '5g'],
    ['new', 'new'],
    ['gas', 'gas'],
  ])('%s stems to %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });

  test('a query stem finds each word that begins with it, whole', () => {
    expect(englishStems('Industries, industrial')).toEqual(['industr', 'industrial']);
    const en = 'Industrial firms and the industry’s policies; an industrious Policy-maker.';
    expect(cut(en, englishSpans(en, englishStems('industry')))).toEqual(['Industrial', 'industry’s', 'industrious']);
    expect(cut(en, englishSpans(en, englishStems('policies')))).toEqual(['policies', 'Policy']);
    expect(englishSpans(en, englishStems('dust'))).toEqual([]); // word starts only
  });
});

describe('pinyin', () => {
  test.each([
    ['zhuanjingtexin', 'zhuanjingtexin'],
    ['zhuān jīng tè xīn', 'zhuanjingtexin'],
    ['zhuan1 jing1 te4 xin1', 'zhuanjingtexin'],
    ["xi'an", 'xian'],
    ['nv', 'nu'],
    ['5G', null],
    ['专精', null],
    ['a', null],
  ])('%s has the key %s', (query, key) => {
    expect(pinyinKey(query)).toBe(key);
  });

  test.each([
    ['zhuanjingtexin', true],
    ['zhuanjing', true],
    ['texin', true],
    ['jing', true],
    ['anjing', false], // not from a syllable's start
    ['zhuanjingtexinqiye', false],
  ])('zhuān jīng tè xīn holds %s: %s', (key, holds) => {
    expect(pinyinHolds('zhuān jīng tè xīn', key)).toBe(holds);
  });
});

describe('highlight spans', () => {
  test.each([
    ['hans', '培育专精特新企业，专精特新“小巨人”'],
    ['hant', '培育專精特新企業，專精特新「小巨人」'],
    ['tw', '培育專精特新企業，專精特新「小巨人」'],
    ['hk', '培育專精特新企業，專精特新「小巨人」'],
  ] as const)('fall on the Chinese as shown in %s', (script, shown) => {
    const spans = chineseSpans(shown, [foldChineseQuery('专精特新')]);
    expect(cut(shown, spans)).toEqual(script === 'hans' ? ['专精特新', '专精特新'] : ['專精特新', '專精特新']);
  });

  test('臺灣 and 台湾 find each other, and overlapping needles make one span', () => {
    expect(cut('推動臺灣與大陸', chineseSpans('推動臺灣與大陸', [foldChineseQuery('台湾')]))).toEqual(['臺灣']);
    expect(cut('推动台湾与大陆', chineseSpans('推动台湾与大陆', [foldChineseQuery('臺灣')]))).toEqual(['台湾']);
    expect(chineseSpans('专精特新', ['专精', '精特新'])).toEqual([[0, 4]]);
  });
});

describe('queries', () => {
  test('Chinese in any script: every word must stand in the Chinese, folded', () => {
    expect(parseQuery(' 專精特新  企業。')).toEqual({
      alternatives: [
        [
          { field: 'zh', text: '专精特新' },
          { field: 'zh', text: '企业' },
        ],
      ],
      pinyin: null,
    });
  });

  test('Latin: English word prefixes, the word itself in the Chinese, and pinyin', () => {
    expect(parseQuery('New industrialization')).toEqual({
      alternatives: [
        [
          { field: 'en', stem: 'new' },
          { field: 'en', stem: 'industrialization' },
        ],
      ],
      pinyin: 'newindustrialization',
    });
    expect(parseQuery('5G')).toEqual({ alternatives: [[{ field: 'en', stem: '5g' }], [{ field: 'zh', text: '5g' }]], pinyin: null });
    expect(parseQuery('zhuān jīng tè xīn').pinyin).toBe('zhuanjingtexin');
  });

  test('nothing to search for: no alternatives', () => {
    expect(parseQuery('。，！')).toEqual({ alternatives: [], pinyin: null });
  });

  test.each([
    [{ q: '' }, 'q'],
    [{ q: 'x', script: 'klingon' }, 'script'],
    [{ q: 'x', filters: { from: '2024-13-01' } }, 'filters.from'],
    [{ q: 'x', filters: { from: '2024-03-02', to: '2024-03-01' } }, 'filters.from'],
    [{ q: 'x', filters: { region: 'mars' } }, 'filters.region'],
    [{ q: 'x', pageSize: 101 }, 'pageSize'],
    [{ q: 'x', page: 0 }, 'page'],
    [{ q: 'x', sort: 'asc' }, ''],
  ])('input %o is refused at %s', (input, field) => {
    const parsed = searchInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].path.join('.')).toBe(field);
  });

  test('defaults: Simplified, page 1 of 20', () => {
    expect(searchInputSchema.parse({ q: ' 专精特新 ' })).toEqual({ q: '专精特新', script: 'hans', filters: {}, page: 1, pageSize: 20 });
  });
});
