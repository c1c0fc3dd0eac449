import { describe, expect, test } from 'vitest';
import { englishFor, senseRenderings } from './english-span';

const ZH = '一是强化专精特新主体支撑。二是培育小巨人企业。三是建设产业集群。';
const EN =
  'First, strengthen the role of specialized, refined, distinctive and innovative firms as the main body. ' +
  'Second, cultivate "little giant" enterprises, with support for finance and talent. ' +
  'Third, build industrial clusters.';

describe('englishFor', () => {
  test('the sentence holding the rendering, not the paragraph', () => {
    expect(englishFor(EN, ZH, ZH.indexOf('小巨人'), ['little giant'])).toBe('Second, cultivate "little giant" enterprises, with support for finance and talent.');
  });

  test('without a rendering found, the sentence in the same place when both sides have as many', () => {
    expect(englishFor(EN, ZH, ZH.indexOf('建设'), ['construction'])).toBe('Third, build industrial clusters.');
    expect(englishFor(EN, ZH, 0, [])).toMatch(/^First, strengthen/);
  });

  test('otherwise the paragraph; a short paragraph is itself', () => {
    const zh = '一是强化。二是培育。';
    expect(englishFor(EN, zh, 0, ['nowhere'])).toBe(EN);
    expect(englishFor(' One sentence. ', '一句。', 0, [])).toBe('One sentence.');
  });

  test('of two matches, the one nearest the word’s place in the paragraph', () => {
    const en = 'Chains grow. Other things happen here at length. Chains grow again later on.';
    expect(englishFor(en, '甲链。乙。丙链。丁。', 7, ['chains'])).toBe('Chains grow again later on.');
  });

  test('a long sentence is trimmed around the rendering at word boundaries, with ellipses', () => {
    const long = `${'In the past year the province has done a great many things, '.repeat(6)}including the little giant programme, ${'and it has also done other things besides that, '.repeat(6)}finally.`;
    const got = englishFor(long, '小巨人。', 0, ['little giant']);
    expect(got).toMatch(/^… .*little giant programme.* …$/);
    expect(got.length).toBeLessThan(280);
    expect(got.slice(2, -2).trim()).toBe(got.slice(2, -2).trim().split(' ').join(' '));
    expect(long).toContain(got.slice(2, -2));
  });
});

test('senseRenderings keeps what can be looked for in English', () => {
  expect(senseRenderings(['to save; to economize', 'province', 'CL:個|个[ge4]', '(bound form) to scrutinize', 'see 山東省|山东省[Shan1 dong1 Sheng3]', 'at'])).toEqual([
    'save',
    'economize',
    'province',
    'scrutinize',
  ]);
});
