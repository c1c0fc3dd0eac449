import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { expectConsistent, upstreamFile } from '@/tests/fixtures/opencc';
import { convert, convertCharacters } from './convert';
import { taiwanPhrases, taiwanWording } from './wording';

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
