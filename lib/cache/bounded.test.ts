import { expect, test } from 'vitest';
import { boundedCache } from './bounded';

const counted = (size: number) => {
  const cache = boundedCache<number>(size);
  let builds = 0;
  return { get: (key: string) => cache.get(key, () => ++builds), builds: () => builds };
};

test('builds once per key and keeps at most `size` values, dropping the least recently used', () => {
  const { get, builds } = counted(2);
  expect([get('a'), get('a'), get('b')]).toEqual([1, 1, 2]);
  expect(builds()).toBe(2);
  get('c'); // evicts a, unread since b came in
  expect(get('b')).toBe(2);
  expect(get('a')).toBe(4);
});

test('a key read after insertion survives eviction: a hit moves it to the back', () => {
  const { get, builds } = counted(2);
  get('a');
  get('b');
  get('a'); // a is now the most recently used, b the least
  get('c'); // evicts b, not a (insertion order would have dropped a)
  expect(builds()).toBe(3);
  expect(get('a')).toBe(1);
  expect(get('c')).toBe(3);
  expect(get('b')).toBe(4);
});
