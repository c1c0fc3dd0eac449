import { expect, test } from 'vitest';
import { newSincePrevious, relatedReleases } from './related';

const r = (slug: string, date: string, issuer = '山东省人民政府') => ({ slug, date, issuer: { zh: issuer, en: issuer } });
const releases = [r('gwr-2026', '2026-01-27'), r('press-2024', '2024-03-08', '山东省人民政府新闻办公室'), r('gwr-2025', '2025-01-20'), r('hk', '2026-01-22', '香港特区政府')];
const terms = new Map([
  ['gwr-2026', new Set(['新质生产力', '专精特新', '低空经济', '新型工业化'])],
  ['press-2024', new Set(['专精特新', '新型工业化', '新质生产力'])],
  ['gwr-2025', new Set(['新质生产力', '专精特新'])],
  ['hk', new Set(['北部都会区'])],
]);

test('related releases: most shared terms first, none without a shared term', () => {
  const related = relatedReleases(releases, terms, 'gwr-2026');
  expect(related.map((x) => [x.release.slug, x.shared.length])).toEqual([
    ['press-2024', 3],
    ['gwr-2025', 2],
  ]);
});

test('new terms since the same issuer’s previous release, in the order the release uses them', () => {
  expect(newSincePrevious(releases, terms, releases[0], ['新型工业化', '低空经济', '专精特新', '新质生产力'])).toEqual({
    previous: releases[2],
    terms: ['新型工业化', '低空经济'],
  });
  expect(newSincePrevious(releases, terms, releases[1], [])).toBeNull();
});
