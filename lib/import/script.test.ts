import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { detectScript } from './script';
import { HANS_ONLY, HANT_ONLY } from './script-chars';

/** The characters of an encoding's two-byte range (GB2312: B0–F7 × A1–FE; Big5: A4–F9 × 40–7E, A1–FE). */
function charset(label: string, leads: [number, number], trails: [number, number][]): Set<string> {
  const decoder = new TextDecoder(label, { fatal: true });
  const chars = new Set<string>();
  for (let lead = leads[0]; lead <= leads[1]; lead++)
    for (const [from, to] of trails)
      for (let trail = from; trail <= to; trail++) {
        try {
          chars.add(decoder.decode(Uint8Array.of(lead, trail)));
        } catch {
          // unassigned
        }
      }
  return chars;
}

describe('the script-distinct table', () => {
  const gb2312 = charset('gbk', [0xb0, 0xf7], [[0xa1, 0xfe]]);
  const big5 = charset(
    'big5',
    [0xa4, 0xf9],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  );
  const hans = [...HANS_ONLY];
  const hant = [...HANT_ONLY];

  test('pairs one Simplified with one Traditional character, each listed once', () => {
    expect(hans.length).toBe(hant.length);
    expect(new Set(hans).size).toBe(hans.length);
    expect(new Set(hant).size).toBe(hant.length);
  });

  test('Simplified entries are GB2312 and not Big5; Traditional entries Big5 and not GB2312', () => {
    expect(hans.filter((c) => !gb2312.has(c) || big5.has(c))).toEqual([]);
    expect(hant.filter((c) => !big5.has(c) || gb2312.has(c))).toEqual([]);
  });

  test('each pair is what OpenCC converts', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    expect(hans.filter((c, i) => toTraditional(c) !== hant[i])).toEqual([]);
  });
});

describe('detectScript', () => {
  test.each([
    ['山东省人民政府新闻办公室举行新闻发布会', 'hans'],
    ['山東省人民政府新聞辦公室舉行新聞發布會', 'hant'],
    // 并、于、后 are written in both scripts: they do not make a Traditional text mixed.
    ['并回答記者提問，高于全國，專精特新后備力量', 'hant'],
    ['这个发布会說明了這個問題', 'mixed'],
    ['山东省和山東省', 'mixed'],
    ['中文', 'undetermined'],
  ])('%s → %s', (text, script) => expect(detectScript(text).script).toBe(script));

  test('stores the majority and reports the counts', () => {
    expect(detectScript('這個會議发')).toEqual({ script: 'mixed', sourceScript: 'hant', hans: 1, hant: 4 });
    expect(detectScript('中文')).toEqual({ script: 'undetermined', sourceScript: 'hans', hans: 0, hant: 0 });
  });

  test('a few minority characters in a long text do not make it mixed', () => {
    expect(detectScript('這個發展經驗說明問題'.repeat(10) + '这').script).toBe('hant');
  });
});
