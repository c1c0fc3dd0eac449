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
