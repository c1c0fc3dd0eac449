import { expect, test } from 'vitest';
import { negotiateLocale } from './accept-language';

test.each([
  ['zh-TW', 'zh-Hant'],
  ['zh-HK', 'zh-Hant'],
  ['zh-HK,zh;q=0.9,en;q=0.8', 'zh-Hant'],
  ['zh-MO', 'zh-Hant'],
  ['zh-Hant', 'zh-Hant'],
  ['zh-Hant-CN', 'zh-Hant'],
  ['zh-CN', 'zh-Hans'],
  ['zh-SG', 'zh-Hans'],
  ['zh', 'zh-Hans'],
  ['zh-Hans-HK', 'zh-Hans'],
  ['en-GB,zh-TW;q=0.5', 'en'],
  ['fr-FR,zh-TW;q=0.8,en;q=0.5', 'zh-Hant'],
  ['en;q=0.4,zh-CN;q=0.6', 'zh-Hans'],
  ['ZH-tw', 'zh-Hant'],
  ['zh-TW;q=0,en', 'en'],
])('%s → %s', (header, locale) => {
  expect(negotiateLocale(header)).toBe(locale);
});

test.each([[null], [''], ['fr, de;q=0.5'], ['*'], [';;;,,']])('%j has no match', (header) => {
  expect(negotiateLocale(header)).toBeUndefined();
});
