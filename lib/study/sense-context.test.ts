import { expect, test } from 'vitest';
import type { LookupEntry } from './lookup-entry';
import { rankByContext } from './sense-context';

const cedict = (word: string, pinyin: string, definitions: string[]): LookupEntry => ({ source: 'cedict', word, traditional: word, simplified: word, pinyin, definitions });
const SHENG = [
  cedict('省', 'shěng', ['to save; to economize; to be frugal', 'to omit; to delete; to leave out', 'province', 'provincial capital']),
  cedict('省', 'xǐng', ['(bound form) to scrutinize', '(bound form) to reflect (on one’s conduct)']),
];

test('省 in a paragraph about the Provincial Department: "province" first', () => {
  const [first, second] = rankByContext(SHENG, 'The Provincial Department of Industry and Information Technology will save no effort.');
  expect(first!.pinyin).toBe('shěng');
  expect(first!.definitions[0]).toBe('province');
  expect(first!.definitions.slice(1)).toEqual(['provincial capital', 'to save; to economize; to be frugal', 'to omit; to delete; to leave out']);
  expect(second!.pinyin).toBe('xǐng');
});

test('an entry whose sense the English uses comes before another reading of the same word', () => {
  const ranked = rankByContext(SHENG, 'Officials should scrutinize and reflect on their conduct.');
  expect(ranked.map((e) => e.pinyin)).toEqual(['xǐng', 'shěng']);
});

test('without a match, or without English, the order is CC-CEDICT’s; glossary entries and longer words stay first', () => {
  expect(rankByContext(SHENG, 'Nothing related here.')).toEqual(SHENG);
  expect(rankByContext(SHENG, '')).toEqual(SHENG);
  const curated: LookupEntry = { source: 'curated', word: '省', traditional: '省', simplified: '省', pinyin: 'shěng', definitions: ['saving'] };
  const longer = cedict('省委', 'shěng wěi', ['provincial Party committee']);
  const ranked = rankByContext([curated, longer, ...SHENG], 'The province will save.');
  expect(ranked.map((e) => `${e.source}:${e.word}`)).toEqual(['curated:省', 'cedict:省委', 'cedict:省', 'cedict:省']);
  expect(ranked[0]).toBe(curated);
});
