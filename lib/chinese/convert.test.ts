import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { convert } from './convert';
import { converterBuildCounts } from './opencc';
import { DIGITAL, OVERRIDES, QI_WORDS, ZHU_WORDS, ZHUO_WORDS, type Override } from './overrides';
import { SCRIPTS, type Script, type SourceScript } from '../core/text';
import { taiwanWording } from './wording';

type Row = { override: string; from: SourceScript; to: Script | 'twp'; input: string; expected: string; guard?: boolean };

const OVERRIDE_CASES: Row[] = [
  { override: '参与制造', from: 'hans', to: 'hant', input: '我们参与制造了飞机', expected: '我們參與製造了飛機' },
  { override: '参与制造', from: 'hans', to: 'tw', input: '我们参与制造了飞机', expected: '我們參與製造了飛機' },
  { override: '参与制造', from: 'hans', to: 'hk', input: '我们参与制造了飞机', expected: '我們參與製造了飛機' },
  { override: '被发明', from: 'hans', to: 'hant', input: '电话是怎样被发明的', expected: '電話是怎樣被發明的' },
  { override: '被发明', from: 'hans', to: 'twp', input: '电话是怎样被发明的', expected: '電話是怎樣被發明的' },
  { override: '了如何', from: 'hans', to: 'tw', input: '我了解了如何使用', expected: '我瞭解了如何使用' },
  { override: '了如何', from: 'hans', to: 'hk', input: '他明白了如何游泳', expected: '他明白了如何游泳' },
  { override: '范先生', from: 'hans', to: 'hk', input: '范先生来了', expected: '范先生來了' },
  { override: '个中小', from: 'hans', to: 'tw', input: '获批全国首个中小企业数字化转型促进中心', expected: '獲批全國首個中小企業數字化轉型促進中心' },
  { override: '个中小', from: 'hans', to: 'hk', input: '一个中小企业', expected: '一個中小企業' },
  { override: '殢', from: 'hant', to: 'hans', input: '殢雲尤雨', expected: '𣨼云尤雨' },
  { override: '圞', from: 'hant', to: 'hans', input: '團圞', expected: '团𪢮' },
  { override: '樠谿', from: 'hant', to: 'hans', input: '樠谿', expected: '𣗊溪' },
  { override: '發佈會', from: 'hans', to: 'twp', input: '新闻发布会', expected: '新聞發佈會' },
  { override: '發佈會', from: 'hant', to: 'twp', input: '新聞發佈會', expected: '新聞發佈會' },
  { override: '經濟運行', from: 'hant', to: 'twp', input: '督導工業經濟運行', expected: '督導工業經濟運行' },
  { override: '經濟運行', from: 'hans', to: 'twp', input: '督导调研工业经济运行', expected: '督導調研工業經濟運行' },
  { override: '工業運行', from: 'hant', to: 'twp', input: '工業運行平穩', expected: '工業運行平穩' },
  { override: '重磅文件', from: 'hant', to: 'twp', input: '印發重磅文件', expected: '印發重磅文件' },
  { override: '循環體系', from: 'hant', to: 'twp', input: '資源綜合利用循環體系', expected: '資源綜合利用循環體系' },
  { override: '化進程', from: 'hans', to: 'twp', input: '新型工业化进程', expected: '新型工業化進程' },
  { override: '激活', from: 'hans', to: 'twp', input: '激活数字经济引擎', expected: '激活數位經濟引擎' },
  { override: '激活', from: 'hant', to: 'twp', input: '激活市場活力', expected: '激活市場活力' },
  { override: '優化', from: 'hans', to: 'twp', input: '在减量优化方面，深度优化钢铁行业政策', expected: '在減量優化方面，深度優化鋼鐵行業政策' },
  { override: '設備', from: 'hans', to: 'twp', input: '启动实施新一轮设备更新改造', expected: '啟動實施新一輪設備更新改造' },
  { override: '支持', from: 'hans', to: 'twp', input: '大力支持龙头企业牵头开展联合攻关', expected: '大力支持龍頭企業牽頭開展聯合攻關' },
  { override: '高端', from: 'hans', to: 'twp', input: '聚焦高端化工、汽车等优势产业', expected: '聚焦高端化工、汽車等優勢產業' },
  { override: '集羣', from: 'hans', to: 'twp', input: '加快培育一批战略性新兴产业集群', expected: '加快培育一批戰略性新興產業集群' },
  { override: '基站', from: 'hans', to: 'twp', input: '累计建成开通5G基站20.2万个', expected: '累計建成開通5G基地臺20.2萬個' },
  // Generated families, one case each besides the per-word cases below.
  { override: '家制造业', from: 'hans', to: 'tw', input: '国家制造业创新中心', expected: '國家製造業創新中心' },
  { override: '统制造业', from: 'hans', to: 'hk', input: '传统制造业', expected: '傳統製造業' },
  { override: '强制造业', from: 'hans', to: 'hant', input: '做强制造业', expected: '做強製造業' },
  { override: '统制造企业', from: 'hans', to: 'tw', input: '传统制造企业', expected: '傳統製造企業' },
];

/** Per-word cases of the 着, 啓 and 數位 families (see overrides.ts). */
const FAMILY_CASES: Row[] = [
  ...ZHUO_WORDS.flatMap(([hant, hans]): Row[] => [
    { override: hant, from: 'hant', to: 'hans', input: hant, expected: hans },
    { override: hant, from: 'hant', to: 'hk', input: hant, expected: hant.replace(/著/g, '着') },
  ]),
  // A zhù word before 實: without its guard, 著實 (着实) would take its 著.
  ...ZHU_WORDS.flatMap(([hant, hans]): Row[] => [
    { override: hant, from: 'hant', to: 'hans', input: `${hant}實效`, expected: `${hans}实效`, guard: true },
    { override: hant, from: 'hant', to: 'hk', input: `${hant}實效`, expected: `${hant}實效`, guard: true },
  ]),
  ...QI_WORDS.map((word): Row => ({ override: word, from: 'hant', to: 'hk', input: word, expected: word.replace('啟', '啓') })),
  ...DIGITAL.flatMap(([source, target]): Row[] => [
    { override: source, from: 'hant', to: 'twp', input: source, expected: target },
    { override: source, from: 'hans', to: 'twp', input: convert(source, 'hant', 'hans'), expected: target },
  ]),
];

const OPENCC_LOCALE = { hans: 'cn', hant: 't', tw: 'tw', hk: 'hk', twp: 'twp' } as const;

function ours({ from, to, input }: Row): string {
  return to === 'twp' ? taiwanWording(input, from).text : convert(input, from, to);
}

describe('overrides', () => {
  test.each([...OVERRIDE_CASES, ...FAMILY_CASES])('$override: $from→$to $input', (row) => {
    expect(ours(row)).toBe(row.expected);
    // Plain opencc-js still gets it wrong; when it stops, the override can go. A guard protects a
    // word from our own overrides, so plain opencc-js gets it right.
    const plain = OpenCC.Converter({ from: OPENCC_LOCALE[row.from], to: OPENCC_LOCALE[row.to] });
    if (row.guard) expect(plain(row.input)).toBe(row.expected);
    else expect(plain(row.input)).not.toBe(row.expected);
  });

  test('every hand-written override has a case, and every generated 制造 override is of its form', () => {
    const tested = new Set([...OVERRIDE_CASES, ...FAMILY_CASES].map((c) => c.override));
    const generated = (o: Override) => o.step === 's2t' && /制造(业|企业)$/.test(o.source);
    expect(OVERRIDES.filter((o) => !tested.has(o.source) && !generated(o))).toEqual([]);
    for (const o of OVERRIDES.filter(generated)) {
      expect(o.target).toMatch(/製造(業|企業)$/);
      expect(convert(o.source, 'hans', 'hant')).toBe(o.target);
    }
    expect(OVERRIDES.filter(generated).length).toBeGreaterThan(400);
  });

  test('every override gives its reason, and no source is listed twice in one step', () => {
    expect(OVERRIDES.filter((o) => !o.why.trim())).toEqual([]);
    const keys = OVERRIDES.map((o) => `${o.step} ${o.source}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  test('著 keeps zhù: 著名, 著作, 顯著 in every direction', () => {
    expect(convert('著名作家的著作效果顯著', 'hant', 'hans')).toBe('著名作家的著作效果显著');
    expect(convert('著名作家的著作效果顯著', 'hant', 'hk')).toBe('著名作家的著作效果顯著');
    expect(convert('著名作家的著作效果显著', 'hans', 'hk')).toBe('著名作家的著作效果顯著');
    expect(convert('显著提升，着力推进', 'hans', 'tw')).toBe('顯著提升，著力推進');
  });

  test("the release's 着力 reads 着 in hans, hant and hk, 著 in tw", () => {
    expect(['hans', 'hant', 'hk', 'tw'].map((to) => convert('一是着力提升产业创新能力', 'hans', to as Script))).toEqual([
      '一是着力提升产业创新能力',
      '一是着力提升產業創新能力',
      '一是着力提升產業創新能力',
      '一是著力提升產業創新能力',
    ]);
    expect(convert('一是著力提升產業創新能力', 'hant', 'hans')).toBe('一是着力提升产业创新能力');
    expect(convert('一是著力提升產業創新能力。啟動實施新一輪', 'hant', 'hk')).toBe('一是着力提升產業創新能力。啓動實施新一輪');
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
    const { text, substitutions } = taiwanWording('互联网上的“新”‘信息’和信息', 'hans');
    expect(text).toBe('網際網路上的「新」『信息』和資訊'); // a quotation is never localized
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
  expect(Object.keys(counts).sort()).toEqual(['hans>hant', 'hans>hk', 'hans>tw', 'hans>twp', 'hant>hans', 'hant>hk', 'hant>tw', 'hant>twp'].sort());
  expect(Object.values(counts).every((n) => n === 1)).toBe(true);
});
