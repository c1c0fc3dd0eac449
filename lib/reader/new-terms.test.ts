import { expect, test } from 'vitest';
import { newTerms, previousRelease } from './new-terms';

const r = (slug: string, date: string, issuer = '山东省人民政府') => ({ slug, date, issuer: { zh: issuer, en: issuer } });

test('the previous release is the same issuer’s latest before it', () => {
  const releases = [r('gwr-2026', '2026-01-27'), r('gwr-2025', '2025-01-20'), r('gwr-2024', '2024-01-22'), r('mfa', '2025-12-01', '外交部'), r('a-same-day', '2026-01-27')];
  expect(previousRelease(releases, releases[0])?.slug).toBe('a-same-day');
  expect(previousRelease(releases, releases[1])?.slug).toBe('gwr-2024');
  expect(previousRelease(releases, releases[2])).toBeNull();
  expect(previousRelease(releases, releases[3])).toBeNull();
});

test('new terms keep this release’s order', () => {
  expect(newTerms(['新质生产力', '专精特新', '低空经济'], ['专精特新'])).toEqual(['新质生产力', '低空经济']);
});
