import { expect, test } from 'vitest';
import { readEnglishText } from './english-input';

test('one paragraph a line; blank lines skipped without renumbering; lines kept', () => {
  expect(readEnglishText('\uFEFFHeadline\r\n\r\n  First  paragraph \n\n\nSecond\u00a0one\n')).toEqual([
    { index: 0, line: 1, text: 'Headline' },
    { index: 1, line: 3, text: 'First paragraph' },
    { index: 2, line: 6, text: 'Second one' },
  ]);
});

test('no text, no paragraphs', () => expect(readEnglishText(' \n\t\n')).toEqual([]));
