// A term's use across the library over time: per release, how often it occurs, absolutely and per
// 10,000 Chinese characters (a work report is fifty times a news release's length, so only the
// rate compares), and the geometry of a chart of the rates, drawn by the term page as SVG.

export type TimelineRelease = { slug: string; date: string; title: { zh: string; en: string }; issuer: { zh: string; en: string } };
export type TimelinePoint = TimelineRelease & { count: number; chars: number; rate: number };

const PER = 10_000;

/** Han characters in a text: the length every rate is taken over. */
export const hanLength = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** Every release, oldest first, with the term's count and rate in it (zero where it does not occur: that is part of the story). */
export function termTimeline<R extends TimelineRelease>(releases: readonly R[], counts: ReadonlyMap<string, number>, chars: ReadonlyMap<string, number>): (R & TimelinePoint)[] {
  return [...releases]
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))
    .map((r) => {
      const count = counts.get(r.slug) ?? 0;
      const length = chars.get(r.slug) ?? 0;
      return { ...r, count, chars: length, rate: length ? (count * PER) / length : 0 };
    });
}

/**
 * Points by month (or by year when the months would still be too many), rates over the period's
 * whole text: a library of thousands of releases charts as a readable line, not a cloud of dots.
 */
export function aggregatePoints(points: readonly TimelinePoint[], max = 60): TimelinePoint[] {
  if (points.length <= max) return [...points];
  const months = new Set(points.map((p) => p.date.slice(0, 7))).size;
  const period = months <= max ? 7 : 4;
  const groups = new Map<string, TimelinePoint[]>();
  for (const p of points) groups.set(p.date.slice(0, period), [...(groups.get(p.date.slice(0, period)) ?? []), p]);
  return [...groups].map(([key, group]) => {
    const count = group.reduce((n, p) => n + p.count, 0);
    const chars = group.reduce((n, p) => n + p.chars, 0);
    const date = period === 7 ? `${key}-01` : `${key}-01-01`;
    return { slug: key, date, title: { zh: key, en: key }, issuer: { zh: '', en: '' }, count, chars, rate: chars ? (count * PER) / chars : 0 };
  });
}

export type ChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  dots: { x: number; y: number; point: TimelinePoint }[];
  /** The polyline through the dots, in date order. */
  path: string;
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; label: string }[];
};

const DAY = 86_400_000;

/** A "nice" axis maximum: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= value)!;
}

/** Where each release's rate sits on a chart: x by date (evenly when all share one day), y by rate from zero. */
export function chartGeometry(points: readonly TimelinePoint[], width = 640, height = 220): ChartGeometry {
  const plot = { left: 44, top: 12, right: width - 12, bottom: height - 28 };
  const times = points.map((p) => Date.parse(p.date));
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  const max = niceCeiling(Math.max(0, ...points.map((p) => p.rate)));
  const xOf = (t: number, i: number) =>
    span > 0 ? plot.left + ((t - first) / span) * (plot.right - plot.left) : plot.left + ((i + 0.5) / points.length) * (plot.right - plot.left);
  const yOf = (rate: number) => plot.bottom - (rate / max) * (plot.bottom - plot.top);
  const dots = points.map((point, i) => ({ x: round(xOf(times[i], i)), y: round(yOf(point.rate)), point }));
  const years = new Set(points.map((p) => p.date.slice(0, 4)));
  const xTicks =
    span > 0
      ? [...years].map((year) => ({ x: round(xOf(Math.max(first, Date.parse(`${year}-01-01`)), 0)), label: year }))
      : dots.slice(0, 1).map((d) => ({ x: d.x, label: d.point.date }));
  // Ticks a year apart would crowd on a span of a few years' days: keep those at least 40 px apart.
  const spaced = xTicks.filter((t, i) => i === 0 || t.x - xTicks[i - 1].x >= 40 || span < 365 * DAY);
  return {
    width,
    height,
    plot,
    dots,
    path: dots.map((d, i) => `${i ? 'L' : 'M'}${d.x},${d.y}`).join(' '),
    yTicks: [0, 0.5, 1].map((f) => ({ y: round(yOf(max * f)), value: max * f })),
    xTicks: spaced,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
