import { describe, expect, test } from 'vitest';
import { entryStore } from './store';
import type { Entry } from './store';

const entry = (size: number): Entry => ({
  status: 200,
  sent: [],
  body: Buffer.alloc(size),
  gzip: null,
  br: null,
  etag: { identity: '"i"', gzip: '"g"', br: '"b"' },
  scope: 'shared',
  tags: [],
  size,
});

describe('the answer store', () => {
  test('holds no more bytes than it may, dropping the oldest first', () => {
    const store = entryStore(800);
    for (const key of 'abcde') store.set(key, entry(100));
    expect(store.bytes).toBe(500);
    for (const key of 'fghi') store.set(key, entry(100));
    expect(store.bytes).toBe(800);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('i')?.size).toBe(100);
  });

  test('an entry looked up since it came round outlives older ones that were not', () => {
    const store = entryStore(800);
    for (const key of 'abcdefgh') store.set(key, entry(100));
    store.set('i', entry(100)); // a full round: every mark cleared, then the oldest goes
    expect(store.get('a')).toBeUndefined();
    store.get('b');
    store.set('j', entry(100));
    expect(store.get('b')).toBeDefined();
    expect(store.get('c')).toBeUndefined();
    expect(store.size).toBe(8);
    expect(store.bytes).toBe(800);
  });

  test('a new entry gets its round even when everything else is in use', () => {
    const store = entryStore(800);
    for (const key of 'abcdefgh') store.set(key, entry(100));
    for (const key of 'abcdefgh') store.get(key);
    store.set('i', entry(100));
    expect(store.get('i')).toBeDefined();
    expect(store.size).toBe(8);
  });

  test('refuses an entry larger than an eighth of its room, and counts what it deletes or replaces', () => {
    const store = entryStore(800);
    store.set('big', entry(101));
    expect(store.get('big')).toBeUndefined();
    store.set('a', entry(100));
    store.set('a', entry(50));
    expect(store.bytes).toBe(50);
    store.delete('a');
    expect(store.bytes).toBe(0);
    expect(store.size).toBe(0);
  });
});
