import { describe, expect, test } from 'vitest';
import { aggregatePoints, chartGeometry, hanLength, niceCeiling, termTimeline, type TimelineRelease } from './timeline';

const release = (slug: string, date: string): TimelineRelease => ({ slug, date, title: { zh: slug, en: slug }, issuer: { zh: '省政府', en: 'Province' } });

describe('termTimeline', () => {
  test('oldest first, every release, with counts and rates per 10,000 characters', () => {
    const points = termTimeline(
      [release('b', '2026-01-27'), release('a', '2024-03-08'), release('c', '2025-06-01')],
      new Map([
        ['a', 3],
        ['b', 12],
      ]),
      new Map([
        ['a', 6_000],
        ['b', 40_000],
        ['c', 1_000],
      ]),
    );
    expect(points.map((p) => [p.slug, p.count, p.rate])).toEqual([
      ['a', 3, 5],
      ['c', 0, 0],
      ['b', 12, 3],
    ]);
  });

  test('Han characters only count towards the length', () => {
    expect(hanLength('今年GDP增长5.2%，好。')).toBe(5);
  });
});

describe('chartGeometry', () => {
  const points = termTimeline(
    [release('a', '2024-01-01'), release('b', '2025-01-01'), release('c', '2026-01-01')],
    new Map([
      ['a', 1],
      ['b', 4],
      ['c', 2],
    ]),
    new Map([
      ['a', 10_000],
      ['b', 10_000],
      ['c', 10_000],
    ]),
  );
  const g = chartGeometry(points, 640, 220);

  test('x by date across the plot, y from zero up to a nice maximum', () => {
    // 2024 has 366 days, 2025 365: the middle release sits just right of centre.
    expect(g.dots.map((d) => d.x)).toEqual([44, 336.4, 628]);
    // The highest rate, 4, under the nice maximum 5.
    const height = g.plot.bottom - g.plot.top;
    expect(g.dots[1].y).toBeCloseTo(g.plot.bottom - (4 / 5) * height, 1);
    expect(g.dots[0].y).toBeCloseTo(g.plot.bottom - (1 / 5) * height, 1);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 2.5, 5]);
    expect(g.xTicks.map((t) => t.label)).toEqual(['2024', '2025', '2026']);
    expect(g.path).toBe(`M44,${g.dots[0].y} L336.4,${g.dots[1].y} L628,${g.dots[2].y}`);
  });

  test('releases of one day spread evenly', () => {
    const same = chartGeometry(termTimeline([release('a', '2026-01-22'), release('b', '2026-01-22')], new Map(), new Map()));
    expect(same.dots[0].x).toBeLessThan(same.dots[1].x);
    expect(same.dots.every((d) => d.y === same.plot.bottom)).toBe(true);
  });

  test.each([
    [0, 1],
    [0.3, 0.5],
    [3, 5],
    [7, 10],
    [12, 20],
  ])('niceCeiling(%s) is %s', (value, nice) => {
    expect(niceCeiling(value)).toBeCloseTo(nice);
  });
});

test('many releases chart by month, each month’s rate over its whole text', () => {
  const releases = Array.from({ length: 90 }, (_, i) => release(`r${i}`, `2025-${String(1 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`));
  const points = termTimeline(releases, new Map(releases.map((r, i) => [r.slug, i % 3 === 0 ? 2 : 0])), new Map(releases.map((r) => [r.slug, 1_000])));
  const months = aggregatePoints(points);
  expect(months.map((m) => [m.date, m.count, m.chars])).toEqual([
    ['2025-01-01', 60, 30_000],
    ['2025-02-01', 0, 30_000],
    ['2025-03-01', 0, 30_000],
  ]);
  expect(months[0].rate).toBe(20);
  expect(aggregatePoints(points.slice(0, 10))).toHaveLength(10);
});
