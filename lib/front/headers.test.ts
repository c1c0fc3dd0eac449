import { describe, expect, test } from 'vitest';
import { CACHE_HEADER } from './declaration';
import { flat, keptHeaders, matches } from './headers';

describe("the front's reading of headers", () => {
  test('If-None-Match is compared weakly, in a list, or as *', () => {
    expect(matches('"a-gz"', '"a-gz"')).toBe(true);
    expect(matches('W/"a-gz"', '"a-gz"')).toBe(true);
    expect(matches('"b", W/"a" , "c"', '"a"')).toBe(true);
    expect(matches(' * ', '"a"')).toBe(true);
    expect(matches('"a"', '"a-gz"')).toBe(false);
    expect(matches(undefined, '"a"')).toBe(false);
  });

  test("an answer keeps the app's headers but the hop-by-hop ones, the declaration and what the front says itself", () => {
    const kept = keptHeaders({
      'content-type': 'text/html',
      connection: 'keep-alive',
      'content-length': '12',
      [CACHE_HEADER]: 'shared',
      etag: '"x"',
      'cache-control': 'no-store',
      vary: 'rsc',
      'cache-status': 'next',
      'content-encoding': 'gzip',
      'set-cookie': ['a=1', 'b=2'],
    });
    expect(kept).toEqual([
      ['content-type', 'text/html'],
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
    ]);
  });

  test('headers flatten to name, value pairs, a repeated one once per value', () => {
    expect(flat({ a: '1', b: ['2', '3'], c: 4, d: undefined })).toEqual(['a', '1', 'b', '2', 'b', '3', 'c', '4']);
  });
});
