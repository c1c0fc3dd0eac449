import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPT_LANG } from '@/lib/core/text';
import { regionalScript } from '@/lib/i18n/accept-language';
import { filterQuery, libraryFacets, libraryFilterSchema } from '@/lib/reader/library-filter';
import { resolveScript } from '@/lib/reader/preferences';
import { firstParam } from '@/lib/reader/search-param';
import { presentParams } from '@/lib/search/params';
import { metadataFor } from '@/lib/server/page-metadata';
import { savedPreferences } from '@/lib/server/preferences';
import { listReleases } from '@/lib/server/releases/queries';
import { searchForPage } from '@/lib/server/search/for-page';
import { ReleaseFilters } from '@/app/_components/release-filters';
import { SearchForm } from '@/app/_components/search/search-form';
import { SearchOutcome } from '@/app/_components/search/search-outcome';

type Props = PageProps<'/[locale]/search'>;

export async function generateMetadata({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const { q } = presentParams(query);
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Search' });
  // A page of results is the reader's own question: not for search engines.
  return metadataFor(locale, { title: q ? t('titleFor', { q }) : t('title'), description: t('description'), noindex: Boolean(q) });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale as Locale);
  const present = presentParams(query);
  const [t, saved, incoming, releases] = await Promise.all([getTranslations('Search'), savedPreferences(), headers(), listReleases()]);
  // As the reader picks it: ?script=, else the saved choice, else the UI's script (Simplified for the English UI).
  const { script } = resolveScript({ param: present.script, cookie: saved.script, locale, sourceScript: 'hans', regional: regionalScript(incoming.get('accept-language')) });
  const search = await searchForPage({ ...present, script: present.script ?? script });
  const filter = libraryFilterSchema.parse(present);
  const action = getPathname({ href: '/search', locale: locale as Locale });
  const { page: _, ...rest } = present;
  const kept = { ...rest, script };
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <SearchForm action={action} q={firstParam(query.q) ?? ''} script={script} keep={filterQuery(filter)} />
      {releases.length > 0 && (
        <ReleaseFilters facets={libraryFacets(releases)} filter={filter} action={action} keep={present.q ? { q: present.q, script } : { script }} sorts={false} />
      )}
      <SearchOutcome
        search={search}
        script={script}
        zhLang={SCRIPT_LANG[script]}
        pageHref={(page) => ({ pathname: '/search', query: page > 1 ? { ...kept, page: String(page) } : kept })}
      />
    </div>
  );
}
