import { expect, test } from 'vitest';
import { SCRIPT_LANG, SCRIPTS, isScript } from '../core/text';

test.each([
  ['hans', true],
  ['hk', true],
  ['zh-Hans', false],
  ['', false],
  [undefined, false],
])('isScript(%j) is %s', (x, expected) => {
  expect(isScript(x)).toBe(expected);
});

test('every script has a BCP 47 tag', () => {
  expect(SCRIPTS.map((s) => SCRIPT_LANG[s])).toEqual(['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK']);
});
