import { describe, expect, test } from 'vitest';
import { filterLibrary, filterQuery, libraryFacets, libraryFilterSchema } from './library-filter';

const r = (slug: string, date: string, issuer: string, region: 'mainland' | 'hongkong' | 'taiwan', kind: 'news-release' | 'work-report' | 'press-conference') => ({
  slug,
  date,
  issuer: { zh: issuer, en: issuer === '香港特區政府' ? 'HKSAR Government' : issuer === '外交部' ? 'Ministry of Foreign Affairs' : 'Shandong' },
  region,
  kind,
});
const releases = [
  r('a', '2024-03-08', '山東', 'mainland', 'press-conference'),
  r('b', '2026-01-27', '山東', 'mainland', 'work-report'),
  r('c', '2026-01-22', '香港特區政府', 'hongkong', 'news-release'),
  r('d', '2019-02-16', '外交部', 'mainland', 'news-release'),
];

describe('libraryFilterSchema', () => {
  test('a bad value is left out rather than refused', () => {
    expect(libraryFilterSchema.parse({ region: 'atlantis', kind: '', from: '2024-13-40', sort: 'random' })).toEqual({ sort: 'newest' });
  });
});

describe('filterLibrary', () => {
  const parse = (q: Record<string, string>) => libraryFilterSchema.parse(q);

  test.each([
    [{}, ['b', 'c', 'a', 'd']],
    [{ sort: 'oldest' }, ['d', 'a', 'c', 'b']],
    [{ sort: 'issuer' }, ['c', 'd', 'b', 'a']],
    [{ issuer: '山東' }, ['b', 'a']],
    [{ region: 'mainland', kind: 'news-release' }, ['d']],
    [{ from: '2024-01-01', to: '2026-01-22' }, ['c', 'a']],
  ])('%o keeps %o', (query, slugs) => {
    expect(filterLibrary(releases, parse(query)).map((x) => x.slug)).toEqual(slugs);
  });

  test('the facets are what the library holds', () => {
    const facets = libraryFacets(releases);
    expect(facets.issuers.map((i) => i.zh)).toEqual(['香港特區政府', '外交部', '山東']);
    expect(facets.regions).toEqual(['mainland', 'hongkong']);
    expect(facets.kinds).toEqual(['press-conference', 'news-release', 'work-report']);
    expect([facets.first, facets.last]).toEqual(['2019-02-16', '2026-01-27']);
  });

  test('a filter as a query leaves out defaults', () => {
    expect(filterQuery(parse({ region: 'hongkong', sort: 'newest' }))).toEqual({ region: 'hongkong' });
  });
});
