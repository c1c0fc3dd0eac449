import { getTranslations } from 'next-intl/server';
import type { ComponentProps } from 'react';
import type { Link } from '@/i18n/navigation';
import type { Script } from '@/lib/core/text';
import type { PageSearch } from '@/lib/server/search/for-page';
import { GlossaryTerms } from './glossary-terms';
import { Pagination } from './pagination';
import { SearchHit } from './search-hit';
import styles from './search.module.css';

const FILTER_FIELDS = new Set(['issuer', 'region', 'kind', 'from', 'to']);

/** What a search gave: its count (announced), the glossary terms pinyin named, the passages and the pages; or why it could not run. */
export async function SearchOutcome({
  search,
  script,
  zhLang,
  pageHref,
}: {
  search: PageSearch;
  script: Script;
  zhLang: string;
  pageHref: (page: number) => ComponentProps<typeof Link>['href'];
}) {
  const [t, tf, ts] = await Promise.all([getTranslations('Search'), getTranslations('Facets'), getTranslations('ScriptSwitcher')]);
  if (search.state === 'idle') return <p role="status" className="result-count" />;
  if (search.state === 'refused') {
    const field = search.field;
    const label = field === 'q' ? t('label') : field === 'script' ? ts('label') : FILTER_FIELDS.has(field) ? tf(field as 'issuer') : t('fieldPage');
    return (
      <div role="alert" className={styles.refused}>
        <p>{t('refused', { field: label })}</p>
        <p lang="en" className="muted">
          {search.message}
        </p>
      </div>
    );
  }
  const { q, result } = search;
  return (
    <>
      <p role="status" className="result-count">
        {t('count', { count: result.total, q })}
        {result.pages > 1 && ` · ${t('pageOf', { page: result.page, pages: result.pages })}`}
      </p>
      <GlossaryTerms q={q} terms={result.terms} script={script} zhLang={zhLang} />
      {result.total === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className={styles.hits} aria-label={t('results')} start={(result.page - 1) * result.pageSize + 1}>
          {result.hits.map((hit) => (
            <SearchHit key={`${hit.slug}#${hit.segmentId}`} hit={hit} script={script} zhLang={zhLang} />
          ))}
        </ol>
      )}
      <Pagination label={t('pages')} page={result.page} pages={result.pages} href={pageHref} />
    </>
  );
}
