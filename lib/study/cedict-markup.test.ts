import { describe, expect, test } from 'vitest';
import { readableDefinition, readableDefinitions } from './cedict-markup';

const simplified = (_: string, s: string) => s;
const traditional = (t: string) => t;

describe('readableDefinition', () => {
  test.each([
    ['CL:個|个[ge4]', simplified, 'measure word: 个 gè'],
    ['CL:個|个[ge4]', traditional, 'measure word: 個 gè'],
    ['CL:條|条[tiao2],個|个[ge4]', simplified, 'measure word: 条 tiáo, 个 gè'],
    ['see also 某[mou3]', simplified, 'see also 某 mǒu'],
    ['variant of 慾|欲[yu4]', traditional, 'variant of 慾 yù'],
    ['see 山東省|山东省[Shan1 dong1 Sheng3]', simplified, 'see 山东省 Shān dōng Shěng'],
    ['Shandong Province, capital Jinan 濟南市|济南市[Ji3 nan2 Shi4] (abbr. to 魯|鲁[Lu3])', traditional, 'Shandong Province, capital Jinan 濟南市 Jǐ nán Shì (abbr. to 魯 Lǔ)'],
    ['abbr. for 日本[Ri4 ben3], Japan', simplified, 'abbr. for 日本 Rì běn, Japan'],
    ['used in 女紅|女红[nu:3 gong1]', simplified, 'used in 女红 nǚ gōng'],
    ['to save; to economize', simplified, 'to save; to economize'],
  ])('%s', (raw, form, want) => expect(readableDefinition(raw, form)).toBe(want));

  test('a script other than the two CC-CEDICT writes comes from the form function', () => {
    expect(readableDefinitions(['see 臺灣|台湾[Tai2 wan1]'], (t) => t.replace('臺', '台'))).toEqual(['see 台灣 Tái wān']);
  });
});
