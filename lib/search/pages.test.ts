import { expect, test } from 'vitest';
import { pageParam, pageWindow } from './pages';

test.each([
  [1, 1, []],
  [1, 0, []],
  [1, 3, [1, 2, 3]],
  [1, 10, [1, 2, 3, null, 10]],
  [5, 10, [1, null, 3, 4, 5, 6, 7, null, 10]],
  [10, 10, [1, null, 8, 9, 10]],
  [4, 7, [1, 2, 3, 4, 5, 6, 7]],
])('page %i of %i links to %j', (current, pages, expected) => {
  expect(pageWindow(current, pages)).toEqual(expected);
});

test.each([
  [undefined, 1],
  ['3', 3],
  ['0', 1],
  ['-2', 1],
  ['2.5', 1],
  ['abc', 1],
  ['', 1],
  ['99999', 10_000],
])('?page=%s is page %i', (value, page) => {
  expect(pageParam(value)).toBe(page);
});
