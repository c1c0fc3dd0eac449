import { describe, expect, test } from 'vitest';
import { detectNaiveConversion } from './converted';

describe('detectNaiveConversion', () => {
  test.each([
    [
      'a Shandong release converted character by character',
      '推動制造業高質量發展，依托國家級平台，示范企業達到100家，骨干企業扎實推進。',
      ['制造', '依托', '示范', '骨干', '扎實'],
    ],
    ['a mirror of a press conference', '肖捷將于6月19日出席就職典禮，并訪問新加坡。陳文清將于6月18日赴新加坡。', ['于', '并']],
    ['one form and mainland issuers', '山東省人民政府新聞辦公室舉行發布會，推動制造業發展。', ['制造']],
  ])('%s', (_, text, words) => expect(detectNaiveConversion(text)?.naive.map((e) => e.word)).toEqual(words));

  test.each([
    ['Taiwan', '總統今日接見訪賓，盼持續加強雙方學術交流，並說明我國民主發展進程，台灣與友邦面臨挑戰。'],
    ['Hong Kong', '衞生署衞生防護中心今日表示，市民應採取適當措施，減少製造熱能，推動數字教育。'],
    ['one slip', '總統表示，將于明日出訪。'],
  ])('%s stays Traditional', (_, text) => expect(detectNaiveConversion(text)).toBeNull());

  test('counts each form and names its standard Traditional', () => {
    expect(detectNaiveConversion('制造，制造，于此。')?.naive).toEqual([
      { word: '制造', standard: '製造', count: 2 },
      { word: '于', standard: '於', count: 1 },
    ]);
  });
});
