import { expect, test } from 'vitest';
import { parseChineseNumeral } from './numerals';

test.each([
  ['一', 1],
  ['五', 5],
  ['九', 9],
  ['十', 10],
  ['十一', 11],
  ['十九', 19],
  ['二十', 20],
  ['二十三', 23],
  ['九十九', 99],
  ['一一', null],
  ['十十', null],
  ['一百', null],
  ['零', null],
  ['', null],
])('parseChineseNumeral(%s) = %s', (text, value) => expect(parseChineseNumeral(text)).toBe(value));
