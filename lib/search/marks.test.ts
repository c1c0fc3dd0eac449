import { describe, expect, test } from 'vitest';
import { markedRuns } from './marks';

const shown = (runs: ReturnType<typeof markedRuns>) => runs.map((r) => (r.marked ? `[${r.text}]` : r.text)).join('');

describe('marked runs', () => {
  test('split the text at the spans, in order, losing nothing', () => {
    const text = '培育专精特新企业，专精特新“小巨人”';
    const runs = markedRuns(text, [
      [9, 13],
      [2, 6],
    ]);
    expect(shown(runs)).toBe('培育[专精特新]企业，[专精特新]“小巨人”');
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  test('spans at the edges and side by side', () => {
    expect(markedRuns('台湾同胞', [[0, 4]])).toEqual([{ text: '台湾同胞', marked: true }]);
    expect(
      shown(
        markedRuns('abcd', [
          [0, 1],
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe('[a][b]c[d]');
  });

  test('no spans, empty text', () => {
    expect(markedRuns('Build 5G base stations.', [])).toEqual([{ text: 'Build 5G base stations.', marked: false }]);
    expect(markedRuns('', [[0, 2]])).toEqual([]);
  });

  test('a span past the end is cut there; empty, outside or overlapping spans are left out', () => {
    expect(shown(markedRuns('abcdef', [[4, 99]]))).toBe('abcd[ef]');
    expect(
      shown(
        markedRuns('abcdef', [
          [1, 4],
          [2, 5],
          [5, 5],
          [-1, 1],
          [7, 9],
        ]),
      ),
    ).toBe('a[bcd]ef');
  });

  test('offsets are UTF-16: a character outside the BMP counts two', () => {
    const text = '𠀀专精特新';
    expect(shown(markedRuns(text, [[2, 6]]))).toBe('𠀀[专精特新]');
  });
});
