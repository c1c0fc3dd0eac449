import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPT_LANG } from '@/lib/core/text';
import { savedPreferences } from '@/lib/server/preferences';
import { metadataFor } from '@/lib/server/page-metadata';
import { listReleases } from '@/lib/server/releases/queries';
import { localizeSummary } from '@/lib/reader/localize';
import { resolveScript } from '@/lib/reader/preferences';
import { filterLibrary, filterQuery, libraryFacets, libraryFilterSchema } from '@/lib/reader/library-filter';
import { firstParam } from '@/lib/reader/search-param';
import { ReleaseFilters } from '@/app/_components/release-filters';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  const [t, releases] = await Promise.all([getTranslations({ locale: locale as Locale, namespace: 'Meta' }), listReleases()]);
  return metadataFor(locale, { title: t('libraryTitle'), description: t('libraryDescription', { count: releases.length }), absolute: true });
}

export default async function LibraryPage({ params, searchParams }: PageProps<'/[locale]'>) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale as Locale);
  const [t, tf, format, saved, stored] = await Promise.all([getTranslations('LibraryPage'), getTranslations('Facets'), getFormatter(), savedPreferences(), listReleases()]);
  const filter = libraryFilterSchema.parse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, firstParam(v)])));
  const filtered = Object.keys(filterQuery(filter)).length > 0;
  const releases = filterLibrary(stored, filter).map((r) => {
    const { script } = resolveScript({ param: undefined, cookie: saved.script, locale, sourceScript: r.sourceScript });
    return { ...localizeSummary(r, script), lang: SCRIPT_LANG[script] };
  });
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {stored.length > 0 && (
        <>
          <ReleaseFilters facets={libraryFacets(stored)} filter={filter} action={getPathname({ href: '/', locale: locale as Locale })} />
          <p className="result-count" role="status">
            {tf('count', { count: releases.length })}
            {filtered && (
              <>
                {' · '}
                <Link href="/">{tf('clear')}</Link>
              </>
            )}
          </p>
        </>
      )}
      {stored.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="library">
          {releases.map((r) => (
            <li key={r.slug} className="library-item">
              <Link href={`/releases/${r.slug}`} className="library-link">
                <span className="library-title" lang={r.lang}>
                  {r.title.zh}
                </span>
                <span className="library-title-en" lang="en">
                  {r.title.en}
                </span>
              </Link>
              <dl className="library-meta">
                <div>
                  <dt>{t('date')}</dt>
                  <dd>
                    <time dateTime={r.date}>{format.dateTime(new Date(r.date), { dateStyle: 'long', timeZone: 'UTC' })}</time>
                  </dd>
                </div>
                <div>
                  <dt>{t('issuer')}</dt>
                  <dd>
                    <span lang={r.lang}>{r.issuer.zh}</span> · <span lang="en">{r.issuer.en}</span>
                  </dd>
                </div>
                {(r.region || r.kind) && (
                  <div>
                    <dt>{tf('kind')}</dt>
                    <dd>{[r.region && tf(`region_${r.region}`), r.kind && tf(`kind_${r.kind}`)].filter(Boolean).join(' · ')}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
