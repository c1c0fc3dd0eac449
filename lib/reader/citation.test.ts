import { expect, test } from 'vitest';
import { formatCitation } from './citation';

test('a citation carries the quote, its English, the source and the permalink', () => {
  const text = formatCitation({
    zh: '去年信息技術產業營收突破2萬億元。',
    en: 'Last year, revenue of the information technology industry exceeded 2 trillion yuan.',
    title: { zh: '標題', en: 'Title' },
    issuer: 'Information Office',
    date: '2024-03-08',
    url: 'https://example.org/en/releases/x?script=hant#p-s4',
  });
  expect(text.split('\n')).toEqual([
    '去年信息技術產業營收突破2萬億元。',
    'Last year, revenue of the information technology industry exceeded 2 trillion yuan.',
    '',
    'Information Office, “Title” (標題), 2024-03-08.',
    'https://example.org/en/releases/x?script=hant#p-s4',
  ]);
});
