import { expect, test } from 'vitest';
import { splitAtSubstitutions } from './spans';

test('splits text around each substitution, in offset order', () => {
  const text = '發展資訊科技和網際網路產業';
  const subs = [
    { original: '互聯網', localized: '網際網路', offset: 7 },
    { original: '信息技術', localized: '資訊科技', offset: 2 },
  ];
  expect(splitAtSubstitutions(text, subs)).toEqual([
    { text: '發展' },
    { text: '資訊科技', original: '信息技術' },
    { text: '和' },
    { text: '網際網路', original: '互聯網' },
    { text: '產業' },
  ]);
});

test('joining the spans gives back the text exactly', () => {
  const text = '資訊';
  const spans = splitAtSubstitutions(text, [{ original: '信息', localized: '資訊', offset: 0 }]);
  expect(spans.map((s) => s.text).join('')).toBe(text);
  expect(splitAtSubstitutions('無替換', [])).toEqual([{ text: '無替換' }]);
});

test.each([[{ original: '信息', localized: '資訊', offset: 1 }], [{ original: '信息', localized: '資訊', offset: 40 }]])(
  'refuses a substitution that does not match the text: %j',
  (sub) => {
    expect(() => splitAtSubstitutions('資訊科技', [sub])).toThrow(/does not match/);
  },
);
