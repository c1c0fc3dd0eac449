import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPT_LANG } from '@/lib/core/text';
import { iriSegment } from '@/lib/http/path';
import { regionalScript } from '@/lib/i18n/accept-language';
import { readerQuery, readerState } from '@/lib/reader/preferences';
import { SHARED_VIEW_HEADER } from '@/lib/reader/shared-pages';
import { CACHE_META, declare } from '@/lib/front/declaration';
import { metadataFor } from '@/lib/server/page-metadata';
import { savedPreferences } from '@/lib/server/preferences';
import type { RowLabels } from '@/lib/reader/html/rows';
import { readerRows } from '@/lib/server/views/reader-rows';
import { releaseContext } from '@/lib/server/views/release-context';
import { cachedRelease, releaseView } from '@/lib/server/views/release-view';
import { CitationCopier, type CitationLabels } from '@/app/_components/citation-copier';
import { EditorialNote } from '@/app/_components/editorial-note';
import { ReleaseEnglish } from '@/app/_components/release-english';
import { EditorLinks } from '@/app/_components/editor-links';
import { PrintNotes } from '@/app/_components/print-notes';
import { ReleaseContext } from '@/app/_components/release-context';
import { Outline } from '@/app/_components/outline';
import { ReaderToolbar } from '@/app/_components/reader-toolbar';
import { ReaderNotes } from '@/app/_components/notes/reader-notes';
import { noteLabels } from '@/app/_components/notes/note-labels';
import { StaticHtml } from '@/app/_components/static-html';
import { LookupLoader } from '@/app/_components/study/lookup-loader';
import { LOOKUP_LABELS, type LookupLabels } from '@/app/_components/study/lookup-labels';

type Props = PageProps<'/[locale]/releases/[slug]'>;

const CITATION_LABELS = [
  'heading',
  'copy',
  'copied',
  'copyFailed',
  'close',
  'colon',
  'plain',
  'chicago',
  'apa',
  'gbt7714',
  'duizhaoTranslation',
  'source',
  'officialSource',
  'permalink',
  'accessed',
  'said',
] as const;
const ROW_LABELS = [
  'figuresDiffer',
  'officialFiguresDiffer',
  'untranslated',
  'draft',
  'omitted',
  'beyond',
  'added',
  'sharedEnglish',
  'duizhaoFill',
  'colon',
  'permalink',
  'copyCitation',
] as const;

const single = (query: Record<string, string | string[] | undefined>) => Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

/**
 * The state this request shows, or a redirect to the URL that names it: a reader page answers
 * only at its canonical URL, whose content no cookie changes. Memoized per request, so the
 * metadata and the page see one view.
 */
const resolve = cache(async (locale: string, slug: string, query: Record<string, string | undefined>) => {
  const release = await cachedRelease(slug);
  if (!release) notFound();
  const [saved, incoming] = await Promise.all([savedPreferences(), headers()]);
  const { state, canonical } = readerState(query, saved, {
    locale,
    sourceScript: release.sourceScript,
    regional: regionalScript(incoming.get('accept-language')),
    hasOfficialEnglish: Boolean(release.official),
  });
  if (!canonical) redirect(getPathname({ href: { pathname: `/releases/${slug}`, query: readerQuery(state) }, locale: locale as Locale }));
  const cached = await releaseView(slug, {
    script: state.script,
    wording: state.wording,
    readings: state.pinyin !== 'off',
    words: state.lookup === 'on' || state.pinyin !== 'off',
  });
  if (!cached) notFound();
  const context = await releaseContext(cached.view);
  return { state, view: cached.view, context, tags: [...cached.tags, ...context.tags] };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  const [{ view, tags }, incoming] = await Promise.all([resolve(locale, slug, single(query)), headers()]);
  // The front (lib/front) caches this page for every reader under its URL while these tags hold;
  // only when proxy.ts marked it shared, which is when the layout holds no reader's name.
  const shared = incoming.get(SHARED_VIEW_HEADER) === '1';
  const [t, format] = await Promise.all([getTranslations({ locale: locale as Locale, namespace: 'Meta' }), getFormatter({ locale: locale as Locale })]);
  const english = locale === 'en';
  const lead = view.segments.find((s) => s.kind === 'lead') ?? view.segments.find((s) => s.kind === 'paragraph') ?? view.segments[0];
  const description = t('readerDescription', {
    issuer: english ? view.issuer.en : view.issuer.zh,
    date: format.dateTime(new Date(view.date), { dateStyle: 'long', timeZone: 'UTC' }),
    lead: english && lead.en ? lead.en : lead.zh,
  });
  const meta = await metadataFor(locale, { title: english ? view.title.en : view.title.zh, description, kind: 'article' });
  return { ...meta, ...(shared && { other: { [CACHE_META]: declare('shared', tags) } }) };
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale as Locale);
  const { state, view, context } = await resolve(locale, slug, single(query));
  const [t, tc, ts, tl, te, format, labels] = await Promise.all([
    getTranslations('ReaderPage'),
    getTranslations('Citation'),
    getTranslations('ScriptSwitcher'),
    getTranslations('Lookup'),
    getTranslations('English'),
    getFormatter(),
    noteLabels(),
  ]);
  const zhLang = SCRIPT_LANG[state.script];
  const here = getPathname({ href: { pathname: `/releases/${slug}`, query: readerQuery(state) }, locale: locale as Locale });
  const signIn = getPathname({ href: { pathname: '/sign-in', query: { next: here } }, locale: locale as Locale });
  const glossaryHref = getPathname({ href: '/glossary', locale: locale as Locale });
  const termHref = (key: string) => `${glossaryHref}/${iriSegment(key)}?script=${state.script}`;
  const rows = readerRows(view, state, {
    zhLang,
    termHref,
    labels: {
      ...Object.fromEntries(ROW_LABELS.map((k) => [k, t(k)])),
      original: ts('original', { word: '{word}' }),
      lang: locale,
      figureMissing: te('figureMissing', { figure: '{figure}' }),
      figureChanged: te('figureChanged', { figure: '{figure}', english: '{english}' }),
    } as RowLabels,
  });
  const english = state.english === 'official' && view.official ? 'official' : 'duizhao';
  const ruby = state.pinyin !== 'off' ? ` with-ruby ruby-${state.pinyin}${state.tones === 'colour' ? ' tone-colours' : ''}` : '';
  return (
    <article
      className="page reader"
      data-title-zh={view.title.zh}
      data-title-en={view.title.en}
      data-issuer={view.issuer.en}
      data-issuer-zh={view.issuer.zh}
      data-date={view.date}
      data-source={view.sourceUrl ?? undefined}
      data-english={english}
      data-english-by={english === 'official' ? view.official?.publisher.en : view.translation?.by}
      data-english-by-zh={english === 'official' ? view.official?.publisher.zh : undefined}
      data-english-url={english === 'official' ? view.official?.url : undefined}
      data-english-title={english === 'official' ? (view.official?.title ?? undefined) : undefined}
    >
      <header className="release-header">
        <h1>
          <span lang={zhLang} className="title-zh">
            {view.title.zh}
          </span>
          <span lang="en" className="title-en">
            {view.title.en}
          </span>
        </h1>
        <p className="release-meta">
          <time dateTime={view.date}>{format.dateTime(new Date(view.date), { dateStyle: 'long', timeZone: 'UTC' })}</time> · <span lang={zhLang}>{view.issuer.zh}</span> ·{' '}
          <span lang="en">{view.issuer.en}</span>
          {view.sourceUrl && (
            <>
              {' · '}
              <a href={view.sourceUrl} className="source-link" rel="noopener noreferrer">
                {t('originalRelease')}
              </a>
            </>
          )}
        </p>
        <ReleaseEnglish view={view} english={english} />
        <EditorLinks
          label={t('editorTools')}
          links={[
            { href: getPathname({ href: `/releases/${slug}/english`, locale: locale as Locale }), label: t('editOfficial') },
            { href: getPathname({ href: `/releases/${slug}/translate`, locale: locale as Locale }), label: t('editTranslation') },
            { href: `/api/v1/releases/${encodeURIComponent(slug)}/content.yaml`, label: t('downloadYaml') },
          ]}
        />
      </header>
      <ReaderToolbar slug={slug} state={state} />
      <ReaderNotes release={slug} script={state.script} wording={state.wording} lang={zhLang} signInHref={signIn} entryHrefBase={glossaryHref} labels={labels} />
      {state.lookup === 'on' && (
        <LookupLoader
          script={state.script}
          lang={zhLang}
          signInHref={signIn}
          entryHrefBase={glossaryHref}
          labels={Object.fromEntries(LOOKUP_LABELS.map((k) => [k, tl(k)])) as LookupLabels}
        />
      )}
      <Outline entries={view.outline} zhLang={zhLang} />
      <div className={`rows layout-${state.layout}${ruby}`} data-layout={state.layout}>
        <div className="row row-head" aria-hidden="true">
          <div className="cell zh">{t('chinese')}</div>
          <div className="cell en">{t('english')}</div>
        </div>
        <StaticHtml id={rows} className="rows-body" />
      </div>
      <CitationCopier
        labels={{ ...Object.fromEntries(CITATION_LABELS.map((k) => [k, tc(k)])), officialEnglish: tc('officialEnglish', { publisher: '{publisher}' }) } as CitationLabels}
        locale={locale}
      />
      <ReleaseContext view={view} context={context} script={state.script} zhLang={zhLang} termHref={termHref} />
      <EditorialNote release={view} />
      <PrintNotes view={view} zhLang={zhLang} path={here} />
    </article>
  );
}
