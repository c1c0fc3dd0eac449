import { describe, expect, test } from 'vitest';
import { formatTags, parseTags, releaseTag, termTag } from './tags';

describe('view tags', () => {
  test('a term tag is ASCII, stable and distinct per key', () => {
    expect(termTag('专精特新')).toMatch(/^term:[A-Za-z0-9_-]{12}$/);
    expect(termTag('专精特新')).toBe(termTag('专精特新'));
    expect(termTag('专精特新')).not.toBe(termTag('新质生产力'));
  });

  test('tags with versions round-trip through their text form', () => {
    const tags = [
      [releaseTag('2024-03-08-shandong'), 3],
      [termTag('链长'), 0],
      ['glossary', 12],
    ] as const;
    expect(parseTags(formatTags(tags))).toEqual(tags);
  });

  test.each(['', 'no-version', 'x@', 'x@1.5', '@3'])('ignores a malformed item: %j', (text) => {
    expect(parseTags(text)).toEqual([]);
  });
});
