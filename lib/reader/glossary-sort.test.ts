import { expect, test } from 'vitest';
import { sortGlossary } from './glossary-sort';

const item = (key: string, term: string, total: number) => ({ key, term, pinyin: null, occurrences: { total } });
const items = [item('专精特新', '專精特新', 3), item('碳达峰', '碳達峰', 2), item('链长', '鏈長', 3), item('安全', '安全', 9)];

test.each([
  ['pinyin', ['安全', '链长', '碳达峰', '专精特新']],
  ['count', ['安全', '链长', '专精特新', '碳达峰']],
] as const)('sort by %s', (sort, keys) => {
  expect(sortGlossary(items, sort).map((i) => i.key)).toEqual(keys);
});

test('sorting by term orders the shown forms and keeps every item', () => {
  const sorted = sortGlossary(items, 'term');
  expect(sorted).toHaveLength(4);
  expect(new Set(sorted.map((i) => i.key))).toEqual(new Set(items.map((i) => i.key)));
  expect(sortGlossary(items, 'term')).toEqual(sorted);
});
