import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/core/text';
import { aggregatePoints, chartGeometry, type TimelinePoint } from '@/lib/glossary/timeline';

/**
 * A term's use over time: its rate per 10,000 characters in each release, as a chart drawn on the
 * server (no script), and the same figures in a table for screen readers and anyone who wants them.
 */
export async function TermTimeline({ points, script, zhLang }: { points: (TimelinePoint & { sourceScript: 'hans' | 'hant' })[]; script: Script; zhLang: string }) {
  if (points.length < 2) return null;
  const [t, format] = await Promise.all([getTranslations('Timeline'), getFormatter()]);
  const g = chartGeometry(aggregatePoints(points));
  const using = points.filter((p) => p.count > 0);
  const rate = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('heading')}</h2>
      <p className="lede">{t('intro')}</p>
      <div className="timeline-body">
        <svg viewBox={`0 0 ${g.width} ${g.height}`} className="timeline-chart" role="img" aria-labelledby="timeline-title timeline-desc">
          <title id="timeline-title">{t('chartTitle')}</title>
          <desc id="timeline-desc">{t('chartDesc', { count: points.length })}</desc>
          {g.yTicks.map((tick) => (
            <g key={tick.value} className="tick">
              <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} />
              <text x={g.plot.left - 6} y={tick.y} dominantBaseline="middle" textAnchor="end">
                {rate(tick.value)}
              </text>
            </g>
          ))}
          {g.xTicks.map((tick) => (
            <text key={tick.label} x={tick.x} y={g.height - 8} textAnchor="middle" className="tick">
              {tick.label}
            </text>
          ))}
          <path d={g.path} className="timeline-line" />
          {g.dots.map((d) => (
            <circle key={d.point.slug} cx={d.x} cy={d.y} r={d.point.count ? 5 : 3.5} className={d.point.count ? 'dot' : 'dot zero'}>
              <title>{`${d.point.date} · ${d.point.title.en}: ${d.point.count} (${rate(d.point.rate)})`}</title>
            </circle>
          ))}
        </svg>
        <table className="timeline-table">
          <caption>{t('tableCaption', { without: points.length - using.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('release')}</th>
              <th scope="col">{t('issuer')}</th>
              <th scope="col" className="num">
                {t('count')}
              </th>
              <th scope="col" className="num">
                {t('rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {using.map((p) => (
              <tr key={p.slug}>
                <td>
                  <time dateTime={p.date}>{p.date}</time>
                </td>
                <td>
                  <Link href={{ pathname: `/releases/${p.slug}`, query: { script } }}>
                    <span lang={zhLang}>{convert(p.title.zh, p.sourceScript, script)}</span>
                  </Link>
                  <br />
                  <span lang="en" className="muted">
                    {p.title.en}
                  </span>
                </td>
                <td lang="en">{p.issuer.en}</td>
                <td className="num">{p.count}</td>
                <td className="num">{rate(p.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
