import { describe, expect, test } from 'vitest';
import { expectConsistent, upstreamCases, upstreamFile } from '@/tests/fixtures/opencc';
import { convert, convertCharacters } from './convert';
import { applyQuoteStyle } from './quotes';
import type { Script, SourceScript } from '../core/text';
import { taiwanPhrases, taiwanWording } from './wording';

const CHARACTERS: Record<string, [SourceScript, Script]> = {
  s2t: ['hans', 'hant'],
  s2tw: ['hans', 'tw'],
  s2hk: ['hans', 'hk'],
  t2s: ['hant', 'hans'],
  t2tw: ['hant', 'tw'],
  t2hk: ['hant', 'hk'],
};

const NOT_FROM_VARIANTS = 'our sources are hans or OpenCC-standard hant, never tw/hk-variant text';
const EXCLUDED: Record<string, string> = {
  tw2s: NOT_FROM_VARIANTS,
  tw2sp: NOT_FROM_VARIANTS,
  tw2t: NOT_FROM_VARIANTS,
  hk2s: NOT_FROM_VARIANTS,
  hk2sp: NOT_FROM_VARIANTS,
  hk2t: NOT_FROM_VARIANTS,
  s2hkp: 'no Hong Kong phrase mode',
  jp2t: 'no Japanese',
  t2jp: 'no Japanese',
};

const cases = upstreamCases();
const rows = cases.flatMap((c) => Object.entries(c.expected).map(([config, expected]) => ({ ...c, config, expected })));

test('every upstream config is either run or excluded by name', () => {
  const configs = new Set(rows.map((r) => r.config));
  const unknown = [...configs].filter((c) => !(c in CHARACTERS || c === 's2twp' || c in EXCLUDED));
  expect(unknown).toEqual([]);
  expect(Object.keys(EXCLUDED).filter((c) => !configs.has(c))).toEqual([]);
});

// The cases hold no quotation marks, so they run through the public functions as they are.
describe.each(Object.entries(CHARACTERS))('upstream %s', (config, [from, to]) => {
  test.each(rows.filter((r) => r.config === config))('$id', ({ input, expected }) => {
    expect(convert(input, from, to)).toBe(expected);
  });
});

describe('upstream s2twp', () => {
  test.each(rows.filter((r) => r.config === 's2twp'))('$id', ({ input, expected }) => {
    const wording = taiwanWording(input, 'hans');
    expect(wording.text).toBe(expected);
    expectConsistent(wording, convert(input, 'hans', 'tw'));
  });
});

// Goldens carry upstream quotation marks: the golden runs through the functions without our quote
// step, and convert() is checked to be exactly that plus applyQuoteStyle.
describe('US constitution goldens', () => {
  const source = upstreamFile('us_constitution_zhs.txt');

  test.each(['s2t', 's2tw', 's2hk'])('%s', (config) => {
    const [from, to] = CHARACTERS[config];
    const golden = upstreamFile(`us_constitution_zhs.${config}.txt`);
    expect(convertCharacters(source, from, to)).toBe(golden);
    expect(convert(source, from, to)).toBe(applyQuoteStyle(golden, to));
  });

  test('s2twp', () => {
    const golden = upstreamFile('us_constitution_zhs.s2twp.txt');
    const wording = taiwanPhrases(source, 'hans');
    expect(wording.text).toBe(golden);
    expect(wording.substitutions.length).toBeGreaterThan(0);
    expectConsistent(wording, convertCharacters(source, 'hans', 'tw'));
    expect(taiwanWording(source, 'hans').text).toBe(applyQuoteStyle(golden, 'tw'));
  });
});
