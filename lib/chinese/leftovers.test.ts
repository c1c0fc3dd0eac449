import { describe, expect, test } from 'vitest';
import { upstreamFile } from '@/tests/fixtures/opencc';
import { convert } from './convert';
import { findLeftovers, LEFTOVERS } from './leftovers';

// What the scraped copy of the Shandong release wrote: mainland-made Traditional.
const MAINLAND_TRADITIONAL =
  '推進先進制造業，并回答提問，高于全國，10位省領導擔任標志性產業鏈“鏈長”，切實筑牢家底，舉辦活動600余場，新增“上云用數賦智”企業，' +
  '集群企業云采銷，牽一發而動全身，注冊在用，示范基地，以先進制造業為骨干，扎實推進，后備力量，依托國家級中心，咨詢師';

describe('findLeftovers', () => {
  test.each(['tw', 'hk'] as const)('finds the 17 kinds of the scraped copy in %s', (script) => {
    const found = findLeftovers(convert(MAINLAND_TRADITIONAL, 'hant', script), script).map((l) => l.rule.leftover);
    expect(found).toEqual(['制造', '并', '于', '標志', '筑', '余', '云', '云', '采', '牽一發', '注冊', '示范', '制造', '骨干', '扎實', '后備', '依托', '咨詢']);
  });

  test('the same text converted from Simplified has none', () => {
    const simplified = convert(MAINLAND_TRADITIONAL, 'hant', 'hans');
    for (const script of ['tw', 'hk'] as const) expect(findLeftovers(convert(simplified, 'hans', script), script)).toEqual([]);
  });

  test('Hong Kong writes 着 and 啓, the mainland 着', () => {
    expect(findLeftovers('一是著力提升，啟動實施，顯著實效', 'hk').map((l) => l.rule.leftover)).toEqual(['著力', '啟動']);
    expect(findLeftovers('一是著力提升，显著实效，著名作家', 'hans').map((l) => l.rule.leftover)).toEqual(['著力']);
    expect(findLeftovers('一是著力提升，啟動實施', 'tw')).toEqual([]); // Taiwan's standard forms
  });

  test("exceptions and the caller's allowed strings are not leftovers", () => {
    expect(findLeftovers('體制造成的問題，人云亦云，單于', 'tw')).toEqual([]);
    expect(findLeftovers('于先生說', 'tw').map((l) => l.context)).toEqual(['于先生說']);
    expect(findLeftovers('于先生說', 'tw', undefined, ['于先生'])).toEqual([]);
  });

  test("no leftover in OpenCC's own goldens (s2tw, s2hk)", () => {
    expect(findLeftovers(upstreamFile('us_constitution_zhs.s2tw.txt'), 'tw')).toEqual([]);
    expect(findLeftovers(upstreamFile('us_constitution_zhs.s2hk.txt'), 'hk')).toEqual([]);
  });

  // Each word's standard form is what OpenCC's phrase-level conversion writes from its Simplified.
  test.each(LEFTOVERS.filter((r) => !r.standard.includes('/')).flatMap((r) => r.scripts.map((script) => [r.leftover, script, r.standard] as const)))(
    '%s in %s: the standard is %s',
    (leftover, script, standard) => {
      if (script === 'hans') {
        // A Simplified text typed with 著: the standard is 着, and Taiwan's 著 converts back to it.
        expect(standard).toBe(leftover.replace(/著/g, '着'));
        expect(convert(convert(standard, 'hans', 'tw'), 'hant', 'hans')).toBe(standard);
      } else expect(convert(convert(leftover, 'hant', 'hans'), 'hans', script)).toBe(standard);
    },
  );

  // An exception is real: the conversion writes it so, from its Simplified form or (a zhù word in
  // Taiwan form, 巨著) from its Traditional one.
  test.each(LEFTOVERS.flatMap((r) => (r.exceptions ?? []).flatMap((e) => r.scripts.map((script) => [e.text, script] as const))))(
    'exception %s is how the conversion writes it in %s',
    (text, script) => {
      if (script === 'hans') return expect(convert(convert(text, 'hans', 'tw'), 'hant', 'hans')).toBe(text);
      const written = [convert(convert(text, 'hant', 'hans'), 'hans', script), convert(text, 'hant', script)];
      expect(written).toContain(text);
    },
  );

  test('every rule gives its reason', () => {
    expect(LEFTOVERS.filter((r) => !r.leftover || !r.standard || !r.why)).toEqual([]);
  });
});
