import { describe, expect, test } from 'vitest';
import { readerQuery, readerState, resolveChoice, resolveScript, resolveWording } from './preferences';

describe('resolveScript', () => {
  test.each([
    // param, cookie, locale, source → script, invalid
    ['hk', 'hans', 'zh-Hans', 'hant', 'hk', false],
    [undefined, 'tw', 'zh-Hans', 'hant', 'tw', false],
    [undefined, undefined, 'zh-Hans', 'hant', 'hans', false],
    [undefined, undefined, 'zh-Hant', 'hans', 'hant', false],
    [undefined, undefined, 'en', 'hant', 'hant', false],
    [undefined, undefined, 'en', 'hans', 'hans', false],
    [undefined, 'bogus', 'en', 'hans', 'hans', false],
    ['klingon', undefined, 'zh-Hant', 'hans', 'hant', true],
    ['HANS', 'hk', 'en', 'hans', 'hk', true],
    ['', undefined, 'en', 'hant', 'hant', true],
  ] as const)('param %s, cookie %s, locale %s, source %s → %s', (param, cookie, locale, sourceScript, script, invalidParam) => {
    expect(resolveScript({ param, cookie, locale, sourceScript })).toEqual({ script, invalidParam });
  });
});

describe('resolveChoice', () => {
  test.each([
    ['layout', 'zh', undefined, 'zh', false],
    ['layout', undefined, 'interleaved', 'interleaved', false],
    ['layout', undefined, undefined, 'side', false],
    ['layout', 'columns', 'en', 'en', true],
    ['pinyin', undefined, undefined, 'off', false],
    ['pinyin', 'zhuyin', 'marks', 'zhuyin', false],
    ['pinyin', undefined, 'numbers', 'numbers', false],
    ['pinyin', 'ruby', undefined, 'off', true],
    ['tones', 'colour', undefined, 'colour', false],
    ['tones', undefined, 'rainbow', 'plain', false],
    ['lookup', 'on', 'off', 'on', false],
    ['lookup', 'yes', 'on', 'on', true],
  ] as const)('%s: param %s, cookie %s → %s', (name, param, cookie, value, invalidParam) => {
    expect(resolveChoice(name, param, cookie)).toEqual({ value, invalidParam });
  });
});

describe('resolveWording', () => {
  test.each([
    [undefined, 'tw', 'standard', false],
    ['tw', 'tw', 'tw', false],
    ['standard', 'hk', 'standard', false],
    ['tw', 'hans', 'standard', true],
    ['hk', 'hk', 'standard', true],
  ] as const)('wording %s with script %s → %s', (param, script, wording, invalidParam) => {
    expect(resolveWording(param, script)).toEqual({ wording, invalidParam });
  });
});

describe('readerState', () => {
  const context = { locale: 'en', sourceScript: 'hans' as const };
  const full = { script: 'hant', layout: 'side', pinyin: 'off', tones: 'plain', lookup: 'off' };

  test('a query naming every choice is canonical, and cookies do not change it', () => {
    expect(readerState(full, {}, context)).toEqual({ state: { ...full, wording: 'standard', english: null }, canonical: true });
    expect(readerState(full, { script: 'hk', layout: 'zh', pinyin: 'marks' }, context)).toEqual({ state: { ...full, wording: 'standard', english: null }, canonical: true });
  });

  test.each([
    ['a missing choice', { script: 'hant' }],
    ['an unknown value', { ...full, layout: 'columns' }],
    ['an extra key', { ...full, utm: 'x' }],
    ['Taiwan wording outside the Taiwan script', { ...full, wording: 'tw' }],
  ])('%s is not canonical', (_, query) => {
    expect(readerState(query, {}, context).canonical).toBe(false);
  });

  test('a bare URL takes the saved choices, then the defaults', () => {
    const { state } = readerState({}, { layout: 'interleaved', pinyin: 'zhuyin' }, context);
    expect(readerQuery(state)).toEqual({ script: 'hans', layout: 'interleaved', pinyin: 'zhuyin', tones: 'plain', lookup: 'off' });
  });

  test('Taiwan wording is named in the query only when on', () => {
    const query = { script: 'tw', wording: 'tw', layout: 'side', pinyin: 'off', tones: 'plain', lookup: 'off' };
    expect(readerState(query, {}, context)).toMatchObject({ canonical: true, state: { wording: 'tw' } });
    expect(Object.keys(readerQuery(readerState(query, {}, context).state))).toEqual(['script', 'wording', 'layout', 'pinyin', 'tones', 'lookup']);
  });

  test('a release with an official English names the English in its URL: official by default, else the saved choice', () => {
    const official = { ...context, hasOfficialEnglish: true };
    expect(readerState(full, {}, official)).toMatchObject({ canonical: false, state: { english: 'official' } });
    expect(readerState({ ...full, english: 'duizhao' }, {}, official)).toMatchObject({ canonical: true, state: { english: 'duizhao' } });
    expect(readerState({}, { english: 'duizhao' }, official).state.english).toBe('duizhao');
    expect(readerState({ ...full, english: 'official' }, {}, context).canonical).toBe(false);
  });

  test.each([
    ['tw', 'tw'],
    ['hk', 'hk'],
    [undefined, 'hant'],
  ] as const)('the Traditional UI reads regional %s as %s by default', (regional, script) => {
    expect(readerState({}, {}, { locale: 'zh-Hant', sourceScript: 'hans', regional }).state.script).toBe(script);
  });
});
