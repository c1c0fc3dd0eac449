import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { expectConsistent, upstreamFile } from '@/tests/fixtures/opencc';
import { convert, convertCharacters } from './convert';
import { releaseWording, releaseWordingOf, taiwanPhrases, taiwanWording } from './wording';

describe('taiwanWording', () => {
  test.each([
    {
      from: 'hans',
      input: '互联网信息',
      text: '網際網路資訊',
      substitutions: [
        { original: '互聯網', localized: '網際網路', offset: 0 },
        { original: '信息', localized: '資訊', offset: 4 },
      ],
    },
    {
      from: 'hant',
      input: '用數據管理項目裏的軟件',
      text: '用資料管理專案裡的軟體',
      substitutions: [
        { original: '數據', localized: '資料', offset: 1 },
        { original: '項目', localized: '專案', offset: 5 },
        { original: '軟件', localized: '軟體', offset: 9 },
      ],
    },
    { from: 'hans', input: '新闻发布会', text: '新聞發佈會', substitutions: [] },
    { from: 'hant', input: '沒有臺灣用語', text: '沒有臺灣用語', substitutions: [] },
  ] as const)('$from $input', ({ from, input, text, substitutions }) => {
    const wording = taiwanWording(input, from);
    expect(wording).toEqual({ text, substitutions });
    expectConsistent(wording, convert(input, from, 'tw'));
  });

  test('hant text is exactly what opencc-js t→twp gives, marks notwithstanding', () => {
    const traditional = upstreamFile('us_constitution_zhs.s2t.txt');
    const wording = taiwanPhrases(traditional, 'hant');
    expect(wording.text).toBe(OpenCC.Converter({ from: 't', to: 'twp' })(traditional));
    expect(wording.substitutions.length).toBeGreaterThan(0);
    expectConsistent(wording, convertCharacters(traditional, 'hant', 'tw'));
  });

  test('refuses text holding the noncharacters it uses as marks', () => {
    expect(() => taiwanWording('信息\uFDD0', 'hans')).toThrow(/noncharacters/);
  });
});

describe('protected spans', () => {
  test.each([
    // Names keep their official wording; the same words outside them are localized.
    ['hans', '打造青岛人工智能产业园，发展人工智能', '打造青島人工智能產業園，發展人工智慧', ['人工智能→人工智慧']],
    ['hans', '省工业和信息化厅推动信息技术产业', '省工業和信息化廳推動資訊科技產業', ['信息技術→資訊科技']],
    ['hant', '加緊出臺人工智能賦能新型工業化實施方案，發展智能家電', '加緊出臺人工智能賦能新型工業化實施方案，發展智慧家電', ['智能→智慧']],
    ['hans', '接入工业互联网标识解析国家顶级节点，互联网', '接入工業互聯網標識解析國家頂級節點，網際網路', ['互聯網→網際網路']],
    // Quotations are the speaker's words.
    ['hans', '提出“加快发展数字经济”，发展数字经济', '提出「加快發展數字經濟」，發展數位經濟', ['數字經濟→數位經濟']],
  ] as const)('%s %s', (from, input, text, substitutions) => {
    const wording = taiwanWording(input, from);
    expect(wording.text).toBe(text);
    expect(wording.substitutions.map((s) => `${s.original}→${s.localized}`)).toEqual(substitutions);
    expectConsistent(wording, convert(input, from, 'tw'));
  });

  test('extra protected terms, in either script, are never localized', () => {
    const input = '发展数字经济，推进数字化转型，建设数字基建';
    expect(taiwanWording(input, 'hans').text).toBe('發展數位經濟，推進數位轉型，建設數位基建');
    for (const protect of [
      ['数字经济', '数字化转型'],
      ['數字經濟', '數字化轉型'],
    ]) {
      const wording = taiwanWording(input, 'hans', { protect });
      expect(wording.text).toBe('發展數字經濟，推進數字化轉型，建設數位基建');
      expect(wording.substitutions).toEqual([{ original: '數字基建', localized: '數位基建', offset: 17 }]);
      expectConsistent(wording, convert(input, 'hans', 'tw'));
    }
  });

  test('數字 as numerals stays: only the digital compounds convert', () => {
    expect(taiwanWording('阿拉伯数字和数字化', 'hans').text).toBe('阿拉伯數字和數位化');
  });
});

describe("the release's own wording (for citations)", () => {
  const input = '推动“互联网+”，发展信息技术和数字经济';
  const wording = taiwanWording(input, 'hans');

  test('undoing every substitution gives the tw view', () => {
    expect(wording.text).toBe('推動「互聯網+」，發展資訊科技和數位經濟');
    expect(releaseWording(wording)).toBe(convert(input, 'hans', 'tw'));
  });

  test.each([
    // [selected in the Taiwan-wording text, as the release words it]
    ['發展資訊科技', '發展信息技術'],
    ['資訊科技和數位經濟', '信息技術和數字經濟'],
    ['科技和數位', '信息技術和數字經濟'], // cut substitutions are taken whole
    ['「互聯網+」', '「互聯網+」'], // a quotation was never localized
    ['和', '和'],
  ])('%s cites as %s', (selected, cited) => {
    const start = wording.text.indexOf(selected);
    const span = releaseWordingOf(wording, start, start + selected.length);
    expect(span.text).toBe(cited);
    expect(releaseWording(wording).slice(span.start, span.end)).toBe(cited);
  });
});
