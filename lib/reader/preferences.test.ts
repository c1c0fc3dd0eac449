import { describe, expect, test } from 'vitest';
import { resolveChoice, resolveScript, resolveWording } from './preferences';

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
