import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { publishedReleaseSchema } from './schema';
import { checkFigures, extractEnFigures, extractZhFigures, type Figure, type FigureUnit } from './figures';

type Expected = [value: number, unit: FigureUnit, text: string];
const summary = (figures: Figure[]): Expected[] => figures.map((f) => [f.value, f.unit, f.text]);

describe('extractZhFigures', () => {
  test.each<[string, Expected[]]>([
    ['5G基站20.2萬個', [[5, 'number', '5'], [202000, 'number', '20.2萬']]],
    ['5G基站20.2万个', [[5, 'number', '5'], [202000, 'number', '20.2万']]],
    ['確定性網絡1.18萬公里', [[11800, 'number', '1.18萬']]],
    ['终端2.3亿个', [[230000000, 'number', '2.3亿']]],
    ['營收突破2萬億元', [[2e12, 'number', '2萬億']]],
    ['营收突破2万亿元', [[2e12, 'number', '2万亿']]],
    ['新增15萬家以上', [[150000, 'number', '15萬']]],
    ['投資500萬元以上', [[5e6, 'number', '500萬']]],
    ['5千萬元', [[5e7, 'number', '5千萬']]],
    ['新增产值5100多亿元', [[5.1e11, 'number', '5100多亿']]],
    ['受理诉求4000多萬件', [[4e7, 'number', '4000多萬']]],
    ['3202項', [[3202, 'number', '3202']]],
    ['3,202項', [[3202, 'number', '3,202']]],
    ['增長7.1%', [[7.1, 'percent', '7.1%']]],
    ['增長7.1％', [[7.1, 'percent', '7.1％']]],
    ['增長７．１％，３２０２項', [[7.1, 'percent', '７．１％'], [3202, 'number', '３２０２']]],
    ['百分之5', [[5, 'percent', '百分之5']]],
    ['高于全國2.5個百分點', [[2.5, 'number', '2.5個百分點']]],
    ['高于全国2.5个百分点', [[2.5, 'number', '2.5个百分点']]],
    ['2-3個', [[2, 'number', '2'], [3, 'number', '3']]],
    ['2～3個', [[2, 'number', '2'], [3, 'number', '3']]],
    ['2—3個', [[2, 'number', '2'], [3, 'number', '3']]],
    ['2至3萬', [[20000, 'number', '2'], [30000, 'number', '3萬']]],
    ['5-10%', [[5, 'percent', '5'], [10, 'percent', '10%']]],
    ['3月8日下午', [[308, 'date', '3月8日']]],
    ['2024年3月8日', [[2024, 'number', '2024'], [308, 'date', '3月8日']]],
    ['2023年', [[2023, 'number', '2023']]],
    ['1-2月', [[100, 'date', '1'], [200, 'date', '2月']]],
    ['3月1日至10日', [[301, 'date', '3月1日'], [310, 'date', '10日']]],
    ['1月8-10日', [[108, 'date', '1月8'], [110, 'date', '10日']]],
    ['8日', [[8, 'date', '8日']]],
    ['3-5日', [[3, 'date', '3'], [5, 'date', '5日']]],
    ['13月', [[13, 'number', '13']]],
    ['第18屆', [[18, 'ordinal', '第18']]],
    ['黨的十八大，十大行動，兩大工程，五是', []],
    ['3個月', [[3, 'number', '3']]],
  ])('%s', (zh, expected) => {
    expect(summary(extractZhFigures(zh))).toEqual(expected);
  });

  test('index points at the figure in the string as given', () => {
    const zh = '去年信息技術產業營收突破２萬億元，增長12.4%';
    for (const f of extractZhFigures(zh)) expect(zh.slice(f.index, f.index + f.text.length)).toBe(f.text);
  });
});

describe('extractEnFigures', () => {
  test.each<[string, Expected[]]>([
    ['3,202 projects', [[3202, 'number', '3,202']]],
    ['202,000 base stations', [[202000, 'number', '202,000']]],
    ['11,800 km', [[11800, 'number', '11,800']]],
    ['230 million terminals', [[230000000, 'number', '230 million']]],
    ['2 trillion yuan', [[2e12, 'number', '2 trillion']]],
    ['2.3 billion', [[2.3e9, 'number', '2.3 billion']]],
    ['2.3bn', [[2.3e9, 'number', '2.3bn']]],
    ['20.2 thousand', [[20200, 'number', '20.2 thousand']]],
    ['a 5-million-yuan project', [[5e6, 'number', '5-million']]],
    ['one hundred thousand', [[1e5, 'number', 'one hundred thousand']]],
    ['Ten provincial leaders, twenty-nine nodes', [[10, 'number', 'Ten'], [29, 'number', 'twenty-nine']]],
    ['7.1%', [[7.1, 'percent', '7.1%']]],
    ['7.1 per cent', [[7.1, 'percent', '7.1 per cent']]],
    ['7.1 percent', [[7.1, 'percent', '7.1 percent']]],
    ['2.5 percentage points', [[2.5, 'number', '2.5 percentage points']]],
    ['on 8 March', [[308, 'date', '8 March']]],
    ['on March 8', [[308, 'date', 'March 8']]],
    ['on march 8th', [[308, 'date', 'march 8th']]],
    ['the 8th of MARCH', [[308, 'date', '8th of MARCH']]],
    ['March 8, 2024', [[308, 'date', 'March 8'], [2024, 'number', '2024']]],
    ['in March', [[300, 'date', 'March']]],
    ['the total of 15 may rise in may', [[15, 'number', '15']]],
    ['2-3 chains', [[2, 'number', '2'], [3, 'number', '3']]],
    ['2–3 chains', [[2, 'number', '2'], [3, 'number', '3']]],
    ['2 to 3 chains', [[2, 'number', '2'], [3, 'number', '3']]],
    ['2-3 million', [[2e6, 'number', '2'], [3e6, 'number', '3 million']]],
    ['1,000 to 2 million', [[1000, 'number', '1,000'], [2e6, 'number', '2 million']]],
    ['5–10%', [[5, 'percent', '5'], [10, 'percent', '10%']]],
    ['8-10 March', [[308, 'date', '8'], [310, 'date', '10 March']]],
    ['March 8-10', [[308, 'date', 'March 8'], [310, 'date', '10']]],
    ['the 18th National Congress, the third', [[18, 'ordinal', '18th'], [3, 'ordinal', 'third']]],
    ['5G base stations', [[5, 'number', '5']]],
  ])('%s', (en, expected) => {
    expect(summary(extractEnFigures(en))).toEqual(expected);
  });
});

describe('checkFigures: the English carries every figure', () => {
  test.each([
    ['5G基站20.2萬個', '202,000 5G base stations'],
    ['5G基站20.2万个', '202,000 5G base stations'],
    ['確定性網絡1.18萬公里', '11,800 km of deterministic networks'],
    ['注冊在用物聯網終端2.3億個', '230 million registered IoT terminals in use'],
    ['注册在用物联网终端2.3亿个', '230 million registered IoT terminals in use'],
    ['營收突破2萬億元', 'revenue topped 2 trillion yuan'],
    ['增加产值5100多亿元', 'added more than 510 billion yuan of output'],
    ['营收突破2万亿元', 'revenue topped RMB2 trillion'],
    ['新增中小企業15萬家以上', 'more than 150,000 new SMEs'],
    ['增長7.1%、高于全國2.5個百分點', 'grew 7.1 per cent, 2.5 percentage points above the national rate'],
    ['增長７．１％', 'grew 7.1%'],
    ['3月8日下午', 'On the afternoon of 8 March'],
    ['3月8日下午', 'On the afternoon of March 8'],
    ['2023年，全省', 'In 2023, the province'],
    ['2-3個標志性產業鏈', 'two to three flagship industrial chains'],
    ['2～3個標志性產業鏈', '2–3 flagship industrial chains'],
    ['2—3萬家', '20,000 to 30,000 firms'],
    ['1-2月', 'In January-February'],
    ['十大行動，兩大工程，五是', 'ten major actions, two major projects; fifth'],
    ['10位省領導', 'Ten provincial leaders'],
    ['15家、144名', '144 leaders and 15 firms'],
    ['1000家，1000場', '1,000 firms and 1,000 events'],
    ['3202項', 'In 2023, 3,202 projects under the 14th Five-Year Plan'],
    ['第18屆', 'the 18th session'],
    ['第3季度', 'Q3'],
    ['從4樓搬到3樓', 'moved from the fourth to the third floor'],
    // A greedy pairing would give 8 March to 3月 and leave 3月8日 without one.
    ['3月，3月8日', 'On 8 March, in March'],
    ['', ''],
  ])('%s ⇔ %s', (zh, en) => {
    expect(checkFigures(zh, en)).toEqual([]);
  });
});

describe('checkFigures: a figure missing or changed', () => {
  test.each<[string, string, string, string | null]>([
    ['實施項目3202項', 'implemented 3,203 projects', '3202', '3,203'],
    ['增長7.1%', 'grew 7.2%', '7.1%', '7.2%'],
    ['注冊在用物聯網終端2.3億個', '23 million registered IoT terminals', '2.3億', '23 million'],
    ['5G基站20.2萬個', '20.2 thousand 5G base stations', '20.2萬', '20.2 thousand'],
    ['營收突破2萬億元', 'revenue topped 2 billion yuan', '2萬億', '2 billion'],
    ['高于全國2.5個百分點', '2.5% above the national rate', '2.5個百分點', '2.5%'],
    ['3月8日下午', 'On the afternoon of 9 March', '3月8日', '9 March'],
    ['新培育6個省級中心和288家', 'six provincial centres', '288', null],
    ['增長7.1%', 'grew strongly', '7.1%', null],
    ['1000家，1000場', '1,000 firms and events', '1000', null],
    ['第18屆', 'the 19th session', '第18', '19th'],
  ])('%s ⇏ %s', (zh, en, figure, english) => {
    const issues = checkFigures(zh, en);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: english === null ? 'missing' : 'changed', figure: { text: figure } });
    expect(issues[0].english?.text ?? null).toBe(english);
  });

  test('every figure is reported, each against its own stand-in', () => {
    const issues = checkFigures('5G基站20.2萬個、網絡1.18萬公里、終端2.3億個', '5G base stations: 20,200; networks: 11,800 km; terminals: 23 million');
    expect(issues.map((i) => [i.figure.text, i.english?.text])).toEqual([
      ['20.2萬', '20,200'],
      ['2.3億', '23 million'],
    ]);
  });

  test.each([
    ['5G基站20.2萬個', 'large numbers of 5G base stations', '“20.2萬” (202,000) not found in English'],
    ['終端2.3億個', '23 million terminals', '“2.3億” (230,000,000) changed: English has “23 million” (23,000,000)'],
    ['增長7.1%', 'grew 7.1 percentage points', '“7.1%” changed: English has “7.1 percentage points” (7.1)'],
    ['3月8日', 'on 8 May', '“3月8日” (8 March) changed: English has “8 May”'],
  ])('the message names the figure and its value: %s', (zh, en, message) => {
    expect(checkFigures(zh, en).map((i) => i.message)).toEqual([message]);
  });
});

describe('robustness', () => {
  // A seeded generator, so that a failure can be replayed.
  function random(seed: number) {
    return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  }
  const pieces = ['1', '0', '9', '３', '．', '.', ',', '，', '%', '％', '萬', '億', '万亿', '千', '月', '日', '第', '百分之', '個百分點',
    '-', '～', '—', '至', ' to ', ' ', 'million', ' per cent', 'March', 'may', 'th', 'twenty-', 'one', '\uD800', '😀', '\n', 'e'];

  test('never throws, and every figure is its own text at its own index', () => {
    const next = random(42);
    const text = () => Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    for (let run = 0; run < 3000; run++) {
      const [zh, en] = [text(), text()];
      const issues = checkFigures(zh, en);
      expect(issues.length).toBeLessThanOrEqual(extractZhFigures(zh).length);
      for (const [s, figures] of [[zh, extractZhFigures(zh)], [en, extractEnFigures(en)]] as const) {
        for (const f of figures) expect(s.slice(f.index, f.index + f.text.length)).toBe(f.text);
      }
    }
  });

  test('a figure written out in English with separators always checks, and a changed digit never does', () => {
    const next = random(7);
    const scales = [['', 1], ['萬', 1e4], ['億', 1e8], ['万亿', 1e12]] as const;
    for (let run = 0; run < 500; run++) {
      const [suffix, scale] = scales[Math.floor(next() * scales.length)];
      const amount = Math.floor(next() * 100000) / (next() < 0.5 ? 100 : 1);
      const english = (amount * scale).toLocaleString('en-US', { maximumFractionDigits: 2 });
      expect(checkFigures(`增加${amount}${suffix}個`, `up by ${english}`)).toEqual([]);
      const wrong = (amount * scale + scale).toLocaleString('en-US', { maximumFractionDigits: 2 });
      expect(checkFigures(`增加${amount}${suffix}個`, `up by ${wrong}`)).toHaveLength(1);
    }
  });

  test('long segments: every one of 2,000 figures is matched or reported', () => {
    expect(checkFigures('1000家、'.repeat(2000), '1,000 firms, '.repeat(2000))).toEqual([]);
    expect(checkFigures('1000家、'.repeat(2000), '1,001 firms, '.repeat(2000))).toHaveLength(2000);
  });

  test('unusual but possible strings', () => {
    for (const s of ['9'.repeat(400), '9'.repeat(400) + '萬億', '0日', '0月', '第', '百分之', '%', '.5', '1.', ',000', '\uDFFF1']) {
      expect(() => checkFigures(s, s)).not.toThrow();
    }
  });
});

describe('the curated release', () => {
  const file = new URL('../../content/releases/2024-03-08-shandong-new-industrialization.yaml', import.meta.url);
  const release = publishedReleaseSchema.parse(parse(readFileSync(file, 'utf8')));

  test('has figures to check', () => {
    expect(release.segments.flatMap((s) => extractZhFigures(s.zh)).length).toBeGreaterThan(40);
  });

  test.each(release.segments.map((s) => [s.id, s.zh, s.en]))('segment %s carries every figure', (_id, zh, en) => {
    expect(checkFigures(zh, en).map((i) => i.message)).toEqual([]);
  });
});
