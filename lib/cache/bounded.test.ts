import { expect, test } from 'vitest';
import { boundedCache } from './bounded';

test('builds once per key and keeps at most `size` values, dropping the oldest', () => {
  const cache = boundedCache<number>(2);
  let builds = 0;
  const get = (key: string) => cache.get(key, () => ++builds);
  expect([get('a'), get('a'), get('b'), get('a')]).toEqual([1, 1, 2, 1]);
  expect(builds).toBe(2);
  get('c'); // evicts a
  expect(get('b')).toBe(2);
  expect(get('a')).toBe(4);
});
