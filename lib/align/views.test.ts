import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { alignRelease } from './align';
import { cedictDictionary } from './cedict-dictionary';
import { Side, unitOf, views, type Piece } from './views';

const piece = (length: number, ...keys: string[]): Piece<number> => ({ length, keys: new Set(keys) });
const add = (a: number, b: number) => a + b;
/** A text of the given sentence lengths, ending a sentence unless it is a heading. */
const text = (lengths: number[], heading = false) =>
  unitOf(piece(lengths.reduce(add, 0)), lengths.length > 1 ? lengths.map((l) => piece(l)) : [], add, { endsSentence: !heading, standalone: heading });
const side = (...units: ReturnType<typeof text>[]) => new Side(units, add);

test('two segments to one paragraph: whole, or cut at the join and after each English sentence', () => {
  expect(views(side(text([10]), text([20])), side(text([5, 6, 7])))).toEqual([
    [[], []],
    [[1], [1]],
    [[1], [2]],
  ]);
});

test('three to one: each join shown or not, the paragraph cut as often', () => {
  const found = views(side(text([10]), text([20]), text([30])), side(text([5, 6, 7])));
  expect(found).toContainEqual([
    [1, 2],
    [1, 2],
  ]);
  expect(found).toContainEqual([[2], [1]]);
  expect(found).toHaveLength(1 + 2 * 2 + 1);
});

test('two to two: cut at one side’s join and inside the other’s texts, never at both joins', () => {
  const found = views(side(text([10, 11]), text([20])), side(text([5]), text([6, 7])));
  expect(found).toEqual([
    [[], []],
    [[2], [2]],
    [[1], [1]],
  ]);
});

test('a join after a sentence end is shown; one after a heading is not', () => {
  const [shown, hidden] = [side(text([10]), text([20])), side(text([10], true), text([20]))];
  expect(shown.joinTerm([1], 0.95)).toBeCloseTo(Math.log(0.95));
  expect(hidden.joinTerm([], 0.95)).toBeCloseTo(Math.log(0.95));
  expect(shown.part(0, 2)).toMatchObject({ length: 30, units: 2, standaloneJoined: false });
  expect(hidden.part(0, 2)).toMatchObject({ standaloneJoined: true });
});

// Real text: Time's interview with Taiwan's president, the English of his first answer left out.
// Scored whole, a two-to-two bead took the question and that answer together with the next
// question and its answer; scored as its parts it has no cut where the missing answer fits.
test('an answer whose English is missing is an omission, not half of a two-to-two bead', () => {
  const lines = (lang: string) =>
    readFileSync(new URL(`../../tests/fixtures/align/tw-president-2024-06-13-time.${lang}.txt`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
  const zh = lines('zh').map((line, i) => ({ id: `zh${i + 1}`, kind: i ? 'paragraph' : 'title', zh: line }));
  const en = lines('en').filter((_, k) => k !== 5);
  const links = alignRelease(zh, en, { dictionary: cedictDictionary() });
  expect(links.find((l) => l.zh.includes('zh6'))).toMatchObject({ zh: ['zh6'], en: [], kind: '1-0' });
  expect(links.find((l) => l.zh.includes('zh7'))).toMatchObject({ zh: ['zh7'], en: [5], kind: '1-1' });
});
