import { expect, test } from 'vitest';
import { lexicalAnchors, stem, wordStems } from './lexicon';

// A few CC-CEDICT-like entries, enough to show the matching.
const entries: Record<string, string[]> = {
  長者: ['an elder; a senior'],
  疫苗: ['vaccine'],
  接種: ['to inoculate; to vaccinate'],
  口罩: ['mask (surgical etc)'],
  天氣: ['weather'],
};
const dictionary = { glosses: (word: string) => entries[word] ?? [] };

test.each([
  ['teachers', 'teacher'],
  ['vaccination', 'vaccinate'],
  ['policies', 'policy'],
  ['hoisted', 'hoist'],
  ['gas', 'gas'],
  ['swimming', 'swim'],
  ['planned', 'plan'],
  ['pass', 'pass'],
])('stem(%s) = %s', (word, stemmed) => expect(stem(word)).toBe(stemmed));

test('an agent noun stands for its verb too: "swimmers" holds a gloss "to swim"', () => {
  expect(wordStems('swimmers')).toEqual(['swimmer', 'swim']);
  expect(wordStems('teacher')).toEqual(['teacher', 'teach']);
  expect(wordStems('water')).toEqual(['water']);
});

test('a word is found where English holds one of its glosses', () => {
  const { zh, en } = lexicalAnchors(
    ['長者應接種疫苗。', '外出應佩戴口罩。', '留意天文台的資料。'],
    ['The elderly should receive the vaccine.', 'Wear a surgical mask outdoors.', 'Elders and seniors alike.'],
    dictionary,
  );
  // 接種 (inoculate, vaccinate) finds no gloss in the English: no key.
  expect(zh[0].map((a) => a.key)).toEqual(['d:長者', 'd:疫苗']);
  expect(en.map((list) => list.map((a) => a.key))).toEqual([['d:長者', 'd:疫苗'], ['d:口罩'], ['d:長者']]);
});
