import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getPathname, Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { currentViewer } from '@/lib/server/auth/current-viewer';
import { SCRIPT_LANG } from '@/lib/core/text';
import { savedPreferences } from '@/lib/server/preferences';
import { cachedRelease } from '@/lib/server/views/release-view';
import { metadataFor } from '@/lib/server/page-metadata';
import { titleForLocale } from '@/lib/reader/localize';
import { releaseVocabulary } from '@/lib/server/study/vocabulary';
import { resolveScript } from '@/lib/reader/preferences';
import { firstParam } from '@/lib/reader/search-param';
import { z } from 'zod';
import { Switcher } from '@/app/_components/switcher';
import { loadDifficulty } from '@/lib/study/difficulty';
import { filterVocabulary, sortVocabulary, VOCABULARY_FILTERS, VOCABULARY_SORTS } from '@/lib/study/vocabulary';
import styles from './vocabulary.module.css';

type Props = PageProps<'/[locale]/releases/[slug]/vocabulary'>;

const PAGE_SIZE = 100;
const FORMATS = [
  ['anki', 'Anki (TSV)'],
  ['csv', 'CSV'],
  ['md', 'Markdown'],
] as const;

// The columns' heads and the class that sets each one's width.
const HEADS = [
  ['term', 'term'],
  ['pinyin', 'pinyin'],
  ['english', 'english'],
  ['frequency', 'num'],
  ['hsk', 'num'],
  ['firstSentence', 'example'],
] as const;

// A bad or missing value falls back to the default view rather than an error page.
const querySchema = z.object({
  show: z.enum(VOCABULARY_FILTERS).catch('all'),
  sort: z.enum(VOCABULARY_SORTS).catch('order'),
  page: z.coerce.number().int().min(1).catch(1),
  // Numbers, the units of dates and counts and lone function characters: left out unless asked.
  minor: z.enum(['0', '1']).catch('0'),
});

/** An HSK level: 1–6, "6+" (with its meaning for screen readers) beyond, nothing without Han characters. */
function Level({ level, beyond }: { level: number; beyond: string }) {
  if (level === 0) return null;
  return level > 6 ? <abbr title={beyond}>6+</abbr> : level;
}

/** The example sentence with the word marked where it first occurs. */
function Sentence({ text, term, lang }: { text: string; term: string; lang: string }) {
  const at = text.indexOf(term);
  if (at < 0) return <span lang={lang}>{text}</span>;
  return (
    <span lang={lang}>
      {text.slice(0, at)}
      <mark>{term}</mark>
      {text.slice(at + term.length)}
    </span>
  );
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const [t, release] = await Promise.all([getTranslations({ locale: locale as Locale, namespace: 'Meta' }), cachedRelease(slug)]);
  if (!release) return {};
  const title = titleForLocale(release, locale);
  return metadataFor(locale, { title: t('vocabularyTitle', { title }), description: t('vocabularyDescription', { title }), noindex: true });
}

export default async function VocabularyPage({ params, searchParams }: Props) {
  const [{ locale, slug }, query, saved] = await Promise.all([params, searchParams, savedPreferences()]);
  setRequestLocale(locale as Locale);
  const record = await cachedRelease(slug);
  if (!record) notFound();
  const { script } = resolveScript({ param: firstParam(query.script), cookie: saved.script, locale, sourceScript: record.sourceScript });
  const {
    show,
    sort,
    page: asked,
    minor,
  } = querySchema.parse({ show: firstParam(query.show), sort: firstParam(query.sort), page: firstParam(query.page), minor: firstParam(query.minor) });
  const viewer = await currentViewer();
  const readerHref = (id: string) => `${getPathname({ href: { pathname: `/releases/${slug}`, query: { script } }, locale: locale as Locale })}#p-${id}`;
  const [t, vocabulary, difficulty] = await Promise.all([
    getTranslations('Vocabulary'),
    releaseVocabulary(slug, script, viewer, (_, id) => readerHref(id), { minor: minor === '1' }),
    loadDifficulty(),
  ]);
  if (!vocabulary) notFound();
  const all = sortVocabulary(filterVocabulary(vocabulary.items, show), sort, difficulty);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(pages, asked);
  const items = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const zhLang = SCRIPT_LANG[script];
  const here = (change: Record<string, string>) =>
    getPathname({ href: { pathname: `/releases/${slug}/vocabulary`, query: { script, show, sort, minor, page: '1', ...change } }, locale: locale as Locale });
  // "This list": the filter and the choice of minor words as the page shows them.
  const exportHref = (format: string, scope: 'release' | 'mine') =>
    `/api/v1/export/${format}?${new URLSearchParams({ scope, script, ...(scope === 'release' && { release: slug, show, minor }) })}`;
  return (
    <div className="page vocabulary">
      <p className="breadcrumb">
        <Link href={{ pathname: `/releases/${slug}`, query: { script } }}>
          <span lang={zhLang}>{vocabulary.release.title.zh}</span>
        </Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <Switcher label={t('show')} options={VOCABULARY_FILTERS.map((f) => ({ key: f, href: here({ show: f }), label: t(`show_${f}`), current: f === show }))} />
      <Switcher label={t('sort')} options={VOCABULARY_SORTS.map((o) => ({ key: o, href: here({ sort: o }), label: t(`sort_${o}`), current: o === sort }))} />
      <Switcher label={t('minor')} options={(['0', '1'] as const).map((m) => ({ key: m, href: here({ minor: m }), label: t(`minor_${m}`), current: m === minor }))} />
      <section className="exports" aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t('export')}</h2>
        {(viewer ? (['release', 'mine'] as const) : (['release'] as const)).map((scope) => (
          <p key={scope}>
            {t(scope === 'release' ? 'exportRelease' : 'exportMine')}{' '}
            {FORMATS.map(([format, name], i) => (
              <span key={format}>
                {i > 0 && ' · '}
                <a href={exportHref(format, scope)} download>
                  {name}
                </a>
              </span>
            ))}
          </p>
        ))}
        <p className="hint">{t('ankiHint')}</p>
      </section>
      <p role="status">{t('count', { count: all.length })}</p>
      <table className={`vocabulary-table ${styles.table}`}>
        <thead>
          <tr>
            {HEADS.map(([key, column]) => (
              <th key={key} scope="col" className={styles[column]}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key} className={`source-${item.source}`}>
              <th scope="row" lang={zhLang} className={styles.term}>
                {item.source === 'dictionary' ? (
                  <span>{item.term}</span>
                ) : (
                  <Link href={{ pathname: `/glossary/${encodeURIComponent(item.key)}`, query: { script } }}>{item.term}</Link>
                )}
              </th>
              <td className={styles.pinyin}>{item.pinyin}</td>
              <td lang="en" className={styles.english}>
                {item.english.slice(0, 3).join('; ')}
              </td>
              <td className={`${styles.num} ${styles.count}`}>
                <span className="cell-label">{t('frequency')} </span>
                {item.frequency}
              </td>
              <td className={`${styles.num} ${styles.level}`}>
                <span className="cell-label">{t('hsk')} </span>
                <Level level={difficulty.level(item.key)} beyond={t('hskBeyond')} />
              </td>
              <td className={styles.example}>
                {item.example && (
                  <>
                    <Sentence text={item.example.zh} term={item.term} lang={zhLang} />{' '}
                    <a href={item.example.ref} aria-label={t('inReader')}>
                      ¶
                    </a>
                    <details>
                      <summary>{t('english')}</summary>
                      <p lang="en">{item.example.en}</p>
                    </details>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="switcher pager" aria-label={t('pages')}>
          <ul>
            {Array.from({ length: pages }, (_, i) => String(i + 1)).map((n) => (
              <li key={n}>
                <a href={here({ page: n })} aria-current={n === String(page) ? 'page' : undefined}>
                  {n}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="attribution">{t('attribution')}</p>
    </div>
  );
}
