import { describe, expect, test } from 'vitest';
import { normalizeLines } from './lines';
import { positionIndex } from './positions';
import { applyEdits, trackedLines, trackIdentity } from './tracked-text';

describe('tracked text', () => {
  test('edits keep every character pointing at its source offset', () => {
    const source = trackIdentity('發(fā)布,會');
    const edited = applyEdits(source, [
      { start: 1, end: 5, text: '' },
      { start: 6, end: 7, text: '，' },
    ]);
    expect(edited.text).toBe('發布，會');
    expect([...edited.origin]).toEqual([0, 5, 6, 7, 8]);
  });

  test('trackedLines splits on newlines and keeps offsets', () => {
    expect(trackedLines(trackIdentity('ab\n\ncd'))).toEqual([
      { start: 0, end: 2, text: 'ab' },
      { start: 3, end: 3, text: '' },
      { start: 4, end: 6, text: 'cd' },
    ]);
  });

  test('positionIndex gives 1-based lines and columns', () => {
    const at = positionIndex('ab\ncd\n\nef');
    expect(at(0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(at(4)).toEqual({ offset: 4, line: 2, column: 2 });
    expect(at(7)).toEqual({ offset: 7, line: 4, column: 1 });
  });
});

describe('normalizeLines', () => {
  test.each([
    ['a\r\nb\rc', 'a\nb\nc'],
    ['\u3000\u3000首段。\n\n  \n次段。  ', '首段。\n次段。'],
    ['\u00a0縮進', '縮進'],
    ['中\u200b文\ufeff', '中文'],
    ['   ', ''],
  ])('%j → %j', (input, output) => expect(normalizeLines(trackIdentity(input)).text.text).toBe(output));

  test('counts invisible characters and keeps origins', () => {
    const { text, invisible } = normalizeLines(trackIdentity('  中\u200b文\n\n下'));
    expect(invisible).toBe(1);
    expect(text.text).toBe('中文\n下');
    expect([...text.origin.subarray(0, 4)]).toEqual([2, 4, 5, 7]);
  });
});
