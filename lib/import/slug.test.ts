import { describe, expect, test } from 'vitest';
import { slugFromFile } from './slug';

describe('slugFromFile', () => {
  test.each([
    ['Some Page_2024.html', 'some-page-2024'],
    ['../shared/corpus/taiwan/president-tw-2024-06-13-28493.big5.txt', 'president-tw-2024-06-13-28493-big5'],
    ['C:\\scrapes\\fmprc 1638430.HTM', 'fmprc-1638430'],
    ['.hidden', 'hidden'],
    ['杨洁篪会见.html', ''],
    ['noextension', 'noextension'],
  ])('%s → %s', (file, slug) => {
    expect(slugFromFile(file)).toBe(slug);
  });
});
