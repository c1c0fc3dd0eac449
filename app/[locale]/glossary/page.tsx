import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { currentViewer } from '@/lib/server/auth/current-viewer';
import { SCRIPT_LANG } from '@/lib/core/text';
import { listGlossary } from '@/lib/server/glossary/queries';
import { metadataFor } from '@/lib/server/page-metadata';
import { savedPreferences } from '@/lib/server/preferences';
import { resolveScript } from '@/lib/reader/preferences';
import { sortGlossary, SORTS, type Sort } from '@/lib/reader/glossary-sort';
import { firstParam } from '@/lib/reader/search-param';

type Props = PageProps<'/[locale]/glossary'>;

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const [t, tm] = await Promise.all([getTranslations({ locale: locale as Locale, namespace: 'GlossaryPage' }), getTranslations({ locale: locale as Locale, namespace: 'Meta' })]);
  return metadataFor(locale, { title: tm('glossaryTitle'), description: t('intro') });
}

export default async function GlossaryPage({ params, searchParams }: Props) {
  const [{ locale }, query, saved] = await Promise.all([params, searchParams, savedPreferences()]);
  setRequestLocale(locale as Locale);
  const q = firstParam(query.q)?.trim().slice(0, 60) || undefined;
  const sort: Sort = SORTS.includes(firstParam(query.sort) as Sort) ? (firstParam(query.sort) as Sort) : 'pinyin';
  // Terms are shown in the reader's script; the glossary is not tied to one release, so hant is the fallback.
  const { script } = resolveScript({ param: firstParam(query.script), cookie: saved.script, locale, sourceScript: 'hant' });
  const viewer = await currentViewer();
  const [t, items] = await Promise.all([getTranslations('GlossaryPage'), listGlossary({ q, script, viewer })]);
  const sorted = sortGlossary(items, sort);
  const zhLang = SCRIPT_LANG[script];
  return (
    <div className="page glossary">
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <form className="glossary-search" role="search">
        <label htmlFor="glossary-q">{t('search')}</label>
        <input id="glossary-q" name="q" type="search" defaultValue={q} maxLength={60} />
        <label htmlFor="glossary-sort">{t('sort')}</label>
        <select id="glossary-sort" name="sort" defaultValue={sort}>
          <option value="pinyin">{t('sortPinyin')}</option>
          <option value="count">{t('sortCount')}</option>
          <option value="term">{t('sortTerm')}</option>
        </select>
        <input type="hidden" name="script" value={script} />
        <button type="submit">{t('searchButton')}</button>
      </form>
      <p role="status">{t('count', { count: sorted.length })}</p>
      {sorted.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t('term')}</th>
              <th scope="col">{t('pinyin')}</th>
              <th scope="col">{t('english')}</th>
              <th scope="col">{t('occurrences')}</th>
              <th scope="col">{t('notes')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((item) => (
              <tr key={item.key}>
                <th scope="row" lang={zhLang}>
                  <Link href={{ pathname: `/glossary/${encodeURIComponent(item.key)}`, query: { script } }}>{item.term}</Link>
                </th>
                <td>{item.pinyin}</td>
                <td lang="en">{[...item.renderings.map((r) => r.text), ...item.noteEnglish].slice(0, 2).join('; ')}</td>
                <td className="num">
                  <span className="cell-label">{t('occurrences')} </span>
                  {item.occurrences.total}
                </td>
                <td className="num">
                  <span className="cell-label">{t('notes')} </span>
                  {item.noteCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
