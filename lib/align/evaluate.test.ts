import { describe, expect, test } from 'vitest';
import { mergeParagraphs, precision, recall, removeParagraph, removeSegment, score, type Pair } from './evaluate';

// zh 0↔en 0, zh 1↔∅, zh 2↔en 1+2, ∅↔en 3, zh 3↔en 4
const pair: Pair = {
  zh: ['a', 'b', 'c', 'd'],
  en: ['A', 'C1', 'C2', 'X', 'D'],
  gold: [
    { zh: [0], en: [0] },
    { zh: [1], en: [] },
    { zh: [2], en: [1, 2] },
    { zh: [], en: [3] },
    { zh: [3], en: [4] },
  ],
};

describe('degradations', () => {
  test.each([
    [
      0,
      [
        { zh: [0], en: [] },
        { zh: [1], en: [] },
        { zh: [2], en: [0, 1] },
        { zh: [], en: [2] },
        { zh: [3], en: [3] },
      ],
    ],
    [
      1,
      [
        { zh: [0], en: [0] },
        { zh: [1], en: [] },
        { zh: [2], en: [1] },
        { zh: [], en: [2] },
        { zh: [3], en: [3] },
      ],
    ],
    [
      3,
      [
        { zh: [0], en: [0] },
        { zh: [1], en: [] },
        { zh: [2], en: [1, 2] },
        { zh: [3], en: [3] },
      ],
    ],
  ])('removing English paragraph %d', (k, gold) => expect(removeParagraph(pair, k).gold).toEqual(gold));

  test.each([
    [
      0,
      'A C1',
      [
        { zh: [0, 1, 2], en: [0, 1] },
        { zh: [], en: [2] },
        { zh: [3], en: [3] },
      ],
    ],
    [
      1,
      'C1 C2',
      [
        { zh: [0], en: [0] },
        { zh: [1], en: [] },
        { zh: [2], en: [1] },
        { zh: [], en: [2] },
        { zh: [3], en: [3] },
      ],
    ],
    [
      2,
      'C2 X',
      [
        { zh: [0], en: [0] },
        { zh: [1], en: [] },
        { zh: [2], en: [1, 2] },
        { zh: [3], en: [3] },
      ],
    ],
  ])('merging English paragraphs %d and the next', (k, text, gold) => {
    const merged = mergeParagraphs(pair, k);
    expect(merged.en[k]).toBe(text);
    expect(merged.en).toHaveLength(4);
    expect(merged.gold).toEqual(gold);
  });
});

test('removing a Chinese segment makes its English an addition', () =>
  expect(removeSegment(pair, 2).gold).toEqual([
    { zh: [0], en: [0] },
    { zh: [1], en: [] },
    { zh: [], en: [1, 2] },
    { zh: [], en: [3] },
    { zh: [2], en: [4] },
  ]));

test('a link is right when both its sets equal a gold link', () => {
  const s = score(
    [
      { zh: [0], en: [0] },
      { zh: [1, 2], en: [1, 2] },
      { zh: [3], en: [3, 4] },
    ],
    pair.gold,
  );
  expect(s).toEqual({ correct: 1, predicted: 3, gold: 5 });
  expect([precision(s), recall(s)]).toEqual([1 / 3, 1 / 5]);
});
