import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { expectConsistent } from '@/tests/fixtures/opencc';
import { convert } from './convert';
import { findLeftovers } from './leftovers';
import { taiwanWording } from './wording';

const dir = fileURLToPath(new URL('../../content/releases/', import.meta.url));
const glossary = z
  .object({ terms: z.array(z.object({ hant: z.string(), hans: z.string() })) })
  .parse(parse(readFileSync(fileURLToPath(new URL('../../content/glossary.yaml', import.meta.url)), 'utf8'))).terms;

/** Every `zh` string of a release file, labelled by its path in the file. */
function zhFields(value: unknown, at: string): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]): [string, string][] => (key === 'zh' && typeof v === 'string' ? [[at, v]] : zhFields(v, `${at}.${key}`)));
}

const releases = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data: unknown = parse(readFileSync(path.join(dir, f), 'utf8'));
    const { sourceScript } = z.object({ sourceScript: z.enum(['hans', 'hant']) }).parse(data);
    return { file: f, source: sourceScript, fields: zhFields(data, f) };
  });

const count = (text: string, word: string) => text.split(word).length - 1;

describe('the Shandong release (hans)', () => {
  const release = releases.find((r) => r.file.startsWith('2024-03-08-shandong'))!;
  const text = release.fields.map(([, zh]) => zh).join('\n');
  const view = { hant: convert(text, 'hans', 'hant'), tw: convert(text, 'hans', 'tw'), hk: convert(text, 'hans', 'hk') };

  test('is stored in Simplified, its true source script', () => {
    expect(release.source).toBe('hans');
    expect(text.length).toBeGreaterThan(4000);
    expect(convert(text, 'hant', 'hans')).toBe(text); // no Traditional-only character left in it
  });

  test('the mainland standard: 着力 ten times, no 著 at all', () => {
    expect(count(text, '着力')).toBe(10);
    expect(count(text, '著')).toBe(0);
  });

  test.each(['hant', 'tw', 'hk'] as const)('the %s view converts back to the stored text', (script) => {
    expect(convert(view[script], 'hant', 'hans')).toBe(text);
  });

  // What the scraped mainland-made Traditional copy wrote (41 spots of 17 kinds, and 占 twice), now
  // derived by OpenCC's phrase-level conversion.
  test.each([
    ['製造', 13],
    ['標誌', 4],
    ['築', 4],
    ['並', 2],
    ['高於', 2],
    ['餘', 2],
    ['雲', 3],
    ['採銷', 1],
    ['牽一髮', 1],
    ['註冊', 1],
    ['示範', 1],
    ['骨幹', 1],
    ['紮實', 1],
    ['後備', 1],
    ['依託', 1],
    ['諮詢', 1],
    ['佔', 2],
  ] as const)('tw and hk write %s (%i)', (word, n) => {
    expect(count(view.tw, word)).toBe(n);
    expect(count(view.hk, word)).toBe(n);
  });

  test('Hong Kong: 着力 ten times and 啓 three times; Taiwan: 著力 and 啟', () => {
    expect([count(view.hk, '着力'), count(view.hk, '啓'), count(view.hk, '著'), count(view.hk, '啟')]).toEqual([10, 3, 0, 0]);
    expect([count(view.tw, '著力'), count(view.tw, '啟'), count(view.tw, '着'), count(view.tw, '啓')]).toEqual([10, 3, 0, 0]);
  });

  test.each(['hans', 'tw', 'hk'] as const)('no mainland-Traditional leftover in the %s view', (script) => {
    expect(findLeftovers(script === 'hans' ? text : view[script], script).map((l) => `${l.rule.leftover}: ${l.context}`)).toEqual([]);
  });

  describe('Taiwan wording', () => {
    const wordings = (protect: readonly string[]) => release.fields.map(([, zh]) => taiwanWording(zh, 'hans', { protect }));
    const plain = wordings([]);
    const withGlossary = wordings(glossary.map((g) => g.hant));
    const shown = (w: typeof plain) => w.map((x) => x.text).join('\n');

    test.each([
      '青島人工智能產業園',
      '濟南空天信息產業園',
      '人工智能賦能新型工業化實施方案',
      '工業互聯網標識解析國家頂級節點',
      '大規模設備更新',
      '減量優化',
      '省工業和信息化廳',
      '山東省人民政府新聞辦公室',
      '「大力推進現代化產業體系建設，加快發展新質生產力」',
    ])('keeps %s as written', (name) => {
      expect(shown(plain)).toContain(name);
      expect(shown(withGlossary)).toContain(name);
    });

    test('no policy-inapt phrase: 最佳化, 裝置, 支援, 高階, 叢集', () => {
      for (const word of ['最佳化', '裝置', '支援', '高階', '叢集']) expect(shown(plain)).not.toContain(word);
    });

    test('Taiwan usage: 數位 for the digital 數字, 基地臺; the glossary terms stay as the glossary has them', () => {
      const localized = (w: typeof plain) => w.flatMap((x) => x.substitutions.map((s) => s.localized));
      expect(localized(plain).filter((l) => l.startsWith('數位')).length).toBe(18);
      expect(localized(plain)).toContain('基地臺');
      expect(shown(withGlossary)).toContain('數字經濟核心產業');
      expect(localized(withGlossary).length).toBeLessThan(localized(plain).length);
      expect(localized(withGlossary)).toContain('數位基建');
    });
  });
});

describe.each(releases)('$file', ({ source, fields }) => {
  test.each(fields)('Taiwan wording of %s is consistent', (_, zh) => {
    expectConsistent(taiwanWording(zh, source), convert(zh, source, 'tw'));
    expectConsistent(taiwanWording(zh, source, { protect: glossary.map((g) => g.hant) }), convert(zh, source, 'tw'));
  });
});
