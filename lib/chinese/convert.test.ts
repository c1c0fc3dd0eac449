import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { convert } from './convert';
import { converterBuildCounts } from './opencc';
import { OVERRIDES } from './overrides';
import { SCRIPTS, type Script, type SourceScript } from '../core/text';
import { taiwanWording } from './wording';

type Row = { override: string; from: SourceScript; to: Script | 'twp'; input: string; expected: string };

const OVERRIDE_CASES: Row[] = [
  { override: '参与制造', from: 'hans', to: 'hant', input: '我们参与制造了飞机', expected: '我們參與製造了飛機' },
  { override: '参与制造', from: 'hans', to: 'tw', input: '我们参与制造了飞机', expected: '我們參與製造了飛機' },
  { override: '参与制造', from: 'hans', to: 'hk', input: '我们参与制造了飞机', expected: '我們參與製造了飛機' },
  { override: '被发明', from: 'hans', to: 'hant', input: '电话是怎样被发明的', expected: '電話是怎樣被發明的' },
  { override: '被发明', from: 'hans', to: 'twp', input: '电话是怎样被发明的', expected: '電話是怎樣被發明的' },
  { override: '了如何', from: 'hans', to: 'tw', input: '我了解了如何使用', expected: '我瞭解了如何使用' },
  { override: '了如何', from: 'hans', to: 'hk', input: '他明白了如何游泳', expected: '他明白了如何游泳' },
  { override: '范先生', from: 'hans', to: 'hk', input: '范先生来了', expected: '范先生來了' },
  { override: '殢', from: 'hant', to: 'hans', input: '殢雲尤雨', expected: '𣨼云尤雨' },
  { override: '圞', from: 'hant', to: 'hans', input: '團圞', expected: '团𪢮' },
  { override: '樠谿', from: 'hant', to: 'hans', input: '樠谿', expected: '𣗊溪' },
  { override: '發佈會', from: 'hans', to: 'twp', input: '新闻发布会', expected: '新聞發佈會' },
  { override: '發佈會', from: 'hant', to: 'twp', input: '新聞發佈會', expected: '新聞發佈會' },
  { override: '進制造', from: 'hant', to: 'twp', input: '推進先進制造業', expected: '推進先進制造業' },
  { override: '工業和信息化', from: 'hant', to: 'twp', input: '省工業和信息化廳', expected: '省工業和信息化廳' },
  { override: '工業和信息化', from: 'hans', to: 'twp', input: '省工业和信息化厅', expected: '省工業和信息化廳' },
  { override: '經濟運行', from: 'hant', to: 'twp', input: '督導工業經濟運行', expected: '督導工業經濟運行' },
  { override: '工業運行', from: 'hant', to: 'twp', input: '工業運行指揮部', expected: '工業運行指揮部' },
  { override: '重磅文件', from: 'hant', to: 'twp', input: '印發重磅文件', expected: '印發重磅文件' },
  { override: '循環體系', from: 'hant', to: 'twp', input: '資源綜合利用循環體系', expected: '資源綜合利用循環體系' },
  { override: '化進程', from: 'hans', to: 'twp', input: '新型工业化进程', expected: '新型工業化進程' },
  { override: '激活數字', from: 'hant', to: 'twp', input: '激活數字經濟引擎', expected: '激活數字經濟引擎' },
];

const OPENCC_LOCALE = { hans: 'cn', hant: 't', tw: 'tw', hk: 'hk', twp: 'twp' } as const;

function ours({ from, to, input }: Row): string {
  return to === 'twp' ? taiwanWording(input, from).text : convert(input, from, to);
}

describe('overrides', () => {
  test.each(OVERRIDE_CASES)('$override: $from→$to $input', (row) => {
    expect(ours(row)).toBe(row.expected);
    // Plain opencc-js still gets it wrong; when it stops, the override can go.
    const plain = OpenCC.Converter({ from: OPENCC_LOCALE[row.from], to: OPENCC_LOCALE[row.to] });
    expect(plain(row.input)).not.toBe(row.expected);
  });

  test('every override has a case', () => {
    const tested = new Set(OVERRIDE_CASES.map((c) => c.override));
    expect(OVERRIDES.filter((o) => !tested.has(o.source))).toEqual([]);
  });
});

describe('quotation marks', () => {
  test.each([
    ['hans', 'tw', '他说“这是‘新’的”', '他說「這是『新』的」'],
    ['hans', 'hk', '他说“这是‘新’的”', '他説「這是『新』的」'],
    ['hans', 'hant', '他说“这是‘新’的”', '他說“這是‘新’的”'],
    ['hant', 'hans', '他說「這是『新』的」', '他说“这是‘新’的”'],
    ['hant', 'tw', '他說“這是‘新’的”', '他說「這是『新』的」'],
    ['hant', 'hk', '他說「這是『新』的」', '他説「這是『新』的」'],
  ] as const)('%s→%s', (from, to, input, expected) => {
    expect(convert(input, from, to)).toBe(expected);
  });

  test('Taiwan wording uses corner brackets, and its offsets still hold', () => {
    const { text, substitutions } = taiwanWording('“互联网”上的‘信息’', 'hans');
    expect(text).toBe('「網際網路」上的『資訊』');
    expect(substitutions.map((s) => text.slice(s.offset, s.offset + s.localized.length))).toEqual(['網際網路', '資訊']);
  });
});

describe('identity', () => {
  test.each([
    ['hans', '「这」是简体，夹着繁體'],
    ['hant', '“這”是繁體，夾着简体'],
  ] as const)('%s→%s returns the text as it is', (script, text) => {
    expect(convert(text, script, script)).toBe(text);
  });
});

test('each converter is built once, however often it is used', () => {
  const sources: SourceScript[] = ['hans', 'hant'];
  for (let i = 0; i < 3; i++) {
    for (const from of sources) {
      for (const to of SCRIPTS) convert('发展新质生产力，發展新質生產力', from, to);
      taiwanWording('互联网', from);
    }
  }
  const counts = converterBuildCounts();
  expect(Object.keys(counts).sort()).toEqual(
    ['hans>hant', 'hans>hk', 'hans>tw', 'hans>twp', 'hant>hans', 'hant>hk', 'hant>tw', 'hant>twp'].sort(),
  );
  expect(Object.values(counts).every((n) => n === 1)).toBe(true);
});
