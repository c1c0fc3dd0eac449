import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPT_LANG } from '@/lib/core/text';
import { savedPreferences } from '@/lib/server/preferences';
import { metadataFor } from '@/lib/server/page-metadata';
import { listReleases } from '@/lib/server/releases/queries';
import { localizeSummary } from '@/lib/reader/localize';
import { resolveScript } from '@/lib/reader/preferences';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  const [t, releases] = await Promise.all([getTranslations({ locale: locale as Locale, namespace: 'Meta' }), listReleases()]);
  return metadataFor(locale, { title: t('libraryTitle'), description: t('libraryDescription', { count: releases.length }), absolute: true });
}

export default async function LibraryPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const [t, format, saved, stored] = await Promise.all([getTranslations('LibraryPage'), getFormatter(), savedPreferences(), listReleases()]);
  const releases = stored.map((r) => {
    const { script } = resolveScript({ param: undefined, cookie: saved.script, locale, sourceScript: r.sourceScript });
    return { ...localizeSummary(r, script), lang: SCRIPT_LANG[script] };
  });
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {releases.length === 0 ? (
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
              </dl>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
