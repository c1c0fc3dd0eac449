import { describe, expect, test } from 'vitest';
import { presentParams, segmentPermalink, searchInputOf, searchParamsSchema } from './params';
import { searchInputSchema } from './query';

describe('search parameters', () => {
  test('flat parameters become the backend input, with the same defaults', () => {
    const flat = searchParamsSchema.parse({ q: ' 專精特新 ', region: 'taiwan', from: '2024-01-01', page: '2' });
    expect(searchInputSchema.parse(searchInputOf(flat))).toEqual({ q: '專精特新', script: 'hans', filters: { region: 'taiwan', from: '2024-01-01' }, page: 2, pageSize: 20 });
  });

  test.each([
    [{ q: 'x', region: 'mars' }, 'region'],
    [{ q: 'x', from: '2024-03-02', to: '2024-03-01' }, 'from'],
    [{ q: 'x', to: '2024-02-30' }, 'to'],
    [{ q: 'x', script: 'klingon' }, 'script'],
    [{ q: 'x', page: '0' }, 'page'],
    [{ q: '   ' }, 'q'],
  ])('%o is refused naming %s, as sent', (input, field) => {
    const parsed = searchParamsSchema.safeParse(input);
    expect(parsed.error?.issues[0].path.join('.')).toBe(field);
  });

  test("a page's query: first of a repeated key, blanks and other keys left out", () => {
    expect(presentParams({ q: ['台湾', '香港'], region: '', kind: '  ', from: '2024-01-01', layout: 'side' })).toEqual({ q: '台湾', from: '2024-01-01' });
  });

  test("a hit's permalink names the script and the segment", () => {
    expect(segmentPermalink('zh-Hant', '2024-03-08-shandong', 'tw', 'a2-1')).toBe('/zh-Hant/releases/2024-03-08-shandong?script=tw#p-a2-1');
  });
});
