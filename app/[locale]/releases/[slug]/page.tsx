import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getPathname, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPT_LANG } from '@/lib/core/text';
import { savedPreferences } from '@/lib/data/preferences';
import { getRelease } from '@/lib/data/releases';
import { markingTerms } from '@/lib/data/terms';
import { currentViewer } from '@/lib/auth/current-viewer';
import { localizeRelease } from '@/lib/reader/localize';
import { markSegments, termSpans } from '@/lib/reader/marking';
import { policyReadings } from '@/lib/data/readings';
import { studySegments } from '@/lib/study/annotate';
import { dictionaryWords } from '@/lib/study/words';
import { getMatcher } from '@/lib/terms/forms';
import { buildOutline } from '@/lib/reader/outline';
import { resolveChoice, resolveScript, resolveWording } from '@/lib/reader/preferences';
import { EditorialNote } from '@/app/_components/editorial-note';
import { Outline } from '@/app/_components/outline';
import { ReaderToolbar } from '@/app/_components/reader-toolbar';
import { ReaderNotes } from '@/app/_components/notes/reader-notes';
import { noteLabels } from '@/app/_components/notes/note-labels';
import { SegmentRow } from '@/app/_components/segment-row';
import { LookupLoader } from '@/app/_components/study/lookup-loader';
import { LOOKUP_LABELS, type LookupLabels } from '@/app/_components/study/lookup-labels';
import { firstParam } from '@/lib/reader/search-param';

type Props = PageProps<'/[locale]/releases/[slug]'>;



export async function generateMetadata({ params }: Props) {
  const release = await getRelease((await params).slug);
  return release ? { title: release.title.en } : {};
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const [{ locale, slug }, query, saved] = await Promise.all([params, searchParams, savedPreferences()]);
  setRequestLocale(locale as Locale);
  const record = await getRelease(slug);
  if (!record) notFound();

  const { script, invalidParam: badScript } = resolveScript({ param: firstParam(query.script), cookie: saved.script, locale, sourceScript: record.sourceScript });
  const { wording, invalidParam: badWording } = resolveWording(firstParam(query.wording), script);
  const { value: layout, invalidParam: badLayout } = resolveChoice('layout', firstParam(query.layout), saved.layout);
  const { value: pinyin, invalidParam: badPinyin } = resolveChoice('pinyin', firstParam(query.pinyin), saved.pinyin);
  const { value: tones, invalidParam: badTones } = resolveChoice('tones', firstParam(query.tones), saved.tones);
  const { value: lookup, invalidParam: badLookup } = resolveChoice('lookup', firstParam(query.lookup), saved.lookup);
  if (badScript || badLayout || badWording || badPinyin || badTones || badLookup) {
    // An unknown code is answered with the same page under valid codes, never an error page.
    const valid = { script, layout, pinyin, tones, lookup, ...(wording === 'tw' ? { wording } : {}) };
    redirect({ href: { pathname: `/releases/${slug}`, query: valid }, locale: locale as Locale });
  }

  const release = localizeRelease(record, script, wording);
  const viewer = await currentViewer();
  const studying = pinyin !== 'off' || lookup === 'on';
  const [t, ts, tl, format, marking, labels, policy] = await Promise.all([
    getTranslations('ReaderPage'),
    getTranslations('ScriptSwitcher'),
    getTranslations('Lookup'),
    getFormatter(),
    markingTerms(viewer),
    noteLabels(),
    studying ? policyReadings() : null,
  ]);
  const matcher = getMatcher(marking.version, marking.terms, script, wording);
  const segments = markSegments(release.segments, matcher, marking.renderings);
  // Term matches depend on the marking version; policy readings on the curated entries, which it covers.
  const study = policy
    ? studySegments(
        JSON.stringify([record.slug, record.version, script, wording, marking.version]),
        segments.map((s) => ({ zh: s.zh, fixed: termSpans(s) })),
        { pinyin, policy, ...(lookup === 'on' && { segment: dictionaryWords }) },
      )
    : null;
  const zhLang = SCRIPT_LANG[script];
  const here = getPathname({ href: { pathname: `/releases/${slug}`, query: { script, layout } }, locale: locale as Locale });
  const signIn = getPathname({ href: { pathname: '/sign-in', query: { next: here } }, locale: locale as Locale });
  const glossaryHref = getPathname({ href: '/glossary', locale: locale as Locale });
  const rowLabels = {
    figuresDiffer: t('figuresDiffer'),
    permalink: t('permalink'),
    copyCitation: t('copyCitation'),
    copied: t('copied'),
    copyFailed: t('copyFailed'),
    original: (word: string) => ts('original', { word }),
  };
  const date = format.dateTime(new Date(release.date), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article
      className="page reader"
      data-title-zh={release.title.zh}
      data-title-en={release.title.en}
      data-issuer={release.issuer.en}
      data-date={release.date}
    >
      <header className="release-header">
        <h1>
          <span lang={zhLang} className="title-zh">
            {release.title.zh}
          </span>
          <span lang="en" className="title-en">
            {release.title.en}
          </span>
        </h1>
        <p className="release-meta">
          <time dateTime={release.date}>{date}</time> · <span lang={zhLang}>{release.issuer.zh}</span> ·{' '}
          <span lang="en">{release.issuer.en}</span>
        </p>
      </header>
      <ReaderToolbar slug={slug} script={script} layout={layout} wording={wording} study={{ pinyin, tones, lookup }} />
      <ReaderNotes
        script={script}
        lang={zhLang}
        signedIn={viewer !== null}
        isEditor={viewer?.role === 'editor'}
        signInHref={signIn}
        entryHrefBase={glossaryHref}
        labels={labels}
      />
      {lookup === 'on' && (
        <LookupLoader
          script={script}
          lang={zhLang}
          signedIn={viewer !== null}
          signInHref={signIn}
          entryHrefBase={glossaryHref}
          labels={Object.fromEntries(LOOKUP_LABELS.map((k) => [k, tl(k)])) as LookupLabels}
        />
      )}
      <Outline entries={buildOutline(release.segments, release.speakers)} zhLang={zhLang} />
      <div
        className={`rows layout-${layout}${pinyin !== 'off' ? ` with-ruby ruby-${pinyin}` : ''}${pinyin !== 'off' && tones === 'colour' ? ' tone-colours' : ''}`}
        data-layout={layout}
      >
        <div className="row row-head" aria-hidden="true">
          <div className="cell zh">{t('chinese')}</div>
          <div className="cell en">{t('english')}</div>
        </div>
        {segments.map((segment, i) => (
          <SegmentRow
            key={segment.id}
            segment={segment}
            study={study?.[i] ?? null}
            speaker={segment.speaker ? release.speakers[segment.speaker] : null}
            zhLang={zhLang}
            termHref={(key) => `${glossaryHref}/${encodeURIComponent(key)}?script=${script}`}
            labels={rowLabels}
          />
        ))}
      </div>
      <EditorialNote release={release} />
    </article>
  );
}
