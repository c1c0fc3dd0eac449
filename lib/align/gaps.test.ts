import { expect, test } from 'vitest';
import { gaps } from './gaps';
import type { Link } from './schema';

const zh = [
  { id: 'a', kind: 'paragraph', zh: '批出第二十三批共四個項目，涉及金額約二千四百四十萬元。' },
  { id: 'b', kind: 'paragraph', zh: '升幅為7.1%。' },
  { id: 'c', kind: 'paragraph', zh: '多謝。' },
];
const en = ['The 23rd batch of four projects, with a grant of around $24.4 million.', 'The increase was 7.2 per cent.', 'Added.'];
const link = (zhIds: string[], enIndexes: number[]): Link => ({ zh: zhIds, en: enIndexes, kind: `${zhIds.length}-${enIndexes.length}` as Link['kind'], confidence: 1 });

test('omitted Chinese, added English, and figures that disagree', () => {
  const result = gaps([link(['a'], [0]), link(['b'], [1]), link(['c'], []), link([], [2])], zh, en);
  expect(result.omitted).toEqual(['c']);
  expect(result.added).toEqual([2]);
  expect(result.figures).toEqual([
    { link: 1, zh: ['b'], en: [1], issues: [expect.objectContaining({ kind: 'changed', message: '“7.1%” changed: English has “7.2 per cent” (7.2%)' })] },
  ]);
});

test('segments and paragraphs no link names are left out and added; segments after the last named one are beyond the copy', () => {
  // The links stop at "a": the English held ends there. Paragraph 2 is named by none.
  const result = gaps([link(['a'], [0, 1])], zh, en);
  expect(result).toMatchObject({ omitted: [], added: [2], beyond: ['b', 'c'] });
  // A segment between named ones is left out, not beyond.
  expect(gaps([link(['a'], [0]), link(['c'], [1])], zh, en)).toMatchObject({ omitted: ['b'], added: [2], beyond: [] });
  // Links naming every segment (the aligner's) leave nothing beyond.
  expect(gaps([link(['a'], [0]), link(['b'], [1]), link(['c'], []), link([], [2])], zh, en).beyond).toEqual([]);
});
