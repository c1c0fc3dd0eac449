import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { decodeSegment } from '@/lib/http/path';
import { currentViewer } from '@/lib/server/auth/current-viewer';
import { SCRIPT_LANG } from '@/lib/core/text';
import { getGlossaryEntry } from '@/lib/server/glossary/queries';
import { metadataFor } from '@/lib/server/page-metadata';
import { timelineOf } from '@/lib/server/glossary/timeline';
import { TermTimeline } from '@/app/_components/term-timeline';
import { savedPreferences } from '@/lib/server/preferences';
import { resolveScript } from '@/lib/reader/preferences';
import { firstParam } from '@/lib/reader/search-param';
import { iriSegment } from '@/lib/http/path';
import { pageParam } from '@/lib/search/pages';
import { concordance } from '@/lib/server/search';
import { englishFor } from '@/lib/study/english-span';
import { MarkedText } from '@/app/_components/search/marked-text';
import { Pagination } from '@/app/_components/search/pagination';

type Props = PageProps<'/[locale]/glossary/[term]'>;

/** The entry in the script this request shows, for the page and its metadata alike (one lookup per request). */
const entryFor = cache(async (term: string, query: Record<string, string | string[] | undefined>, locale: string) => {
  const saved = await savedPreferences();
  const { script } = resolveScript({ param: firstParam(query.script), cookie: saved.script, locale, sourceScript: 'hant' });
  return { script, entry: await getGlossaryEntry(decodeSegment(term), script, await currentViewer()) };
});

export async function generateMetadata({ params, searchParams }: Props) {
  const [{ locale, term }, query] = await Promise.all([params, searchParams]);
  const { entry } = await entryFor(term, query, locale);
  if (!entry) return {};
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Meta' });
  const english = entry.renderings[0]?.text ?? entry.noteEnglish[0] ?? '';
  return metadataFor(locale, {
    title: t('termTitle', { term: entry.term, pinyin: entry.pinyin, english }),
    description: entry.explanation ?? t('termDescription', { term: entry.term }),
    kind: 'article',
  });
}

export default async function GlossaryEntryPage({ params, searchParams }: Props) {
  const [{ locale, term }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale as Locale);
  const { script, entry } = await entryFor(term, query, locale);
  if (!entry) notFound();
  // The concordance a page at a time from the search index: a term can occur hundreds of times.
  const [t, tn, ts, lines] = await Promise.all([
    getTranslations('GlossaryPage'),
    getTranslations('Notes'),
    getTranslations('Search'),
    concordance(entry.key, { script, page: pageParam(firstParam(query.page)) }),
  ]);
  const zhLang = SCRIPT_LANG[script];
  const renderings = [...entry.renderings.map((r) => r.text), ...entry.noteEnglish];
  const { page: _, ...kept } = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, firstParam(v) ?? '']));
  const pageHref = (page: number) => ({
    pathname: `/glossary/${iriSegment(decodeSegment(term))}`,
    query: page > 1 ? { ...kept, page: String(page) } : kept,
    hash: 'concordance',
  });
  return (
    <article className="page narrow glossary-entry">
      <p>
        <Link href={{ pathname: '/glossary', query: { script } }}>{t('title')}</Link>
      </p>
      <h1>
        <span lang={zhLang}>{entry.term}</span> <span className="pinyin">{entry.pinyin}</span>
      </h1>
      {entry.forms.length > 1 && <p lang={zhLang}>{entry.forms.join(' · ')}</p>}
      {entry.renderings.length > 0 && (
        <ul className="renderings">
          {entry.renderings.map((r) => (
            <li key={r.text} lang="en">
              <strong>{r.text}</strong> ({r.source === 'official' ? tn('official') : tn('working')}
              {r.note ? `${tn('colon')}${r.note}` : ''})
            </li>
          ))}
        </ul>
      )}
      {entry.literal && (
        <p lang="en">
          {tn('literal')}
          {tn('colon')}
          {entry.literal}
        </p>
      )}
      {entry.explanation && <p lang="en">{entry.explanation}</p>}
      <h2>{t('notes')}</h2>
      {entry.notes.length === 0 ? (
        <p>{t('noNotes')}</p>
      ) : (
        <ul className="entry-notes">
          {entry.notes.map((n) => (
            <li key={n.id}>
              <p className="card-note-meta">
                <span lang={zhLang}>{n.shown ?? n.term}</span>
                {n.english && <span lang="en"> · {n.english}</span>} · {n.visibility === 'shared' ? tn('shared') : tn('private')} · {tn('by')} <bdi>{n.author.name}</bdi>
              </p>
              {/* Sanitised server-side (lib/notes/markdown.ts). */}
              <div className="note-body" dangerouslySetInnerHTML={{ __html: n.html }} />
            </li>
          ))}
        </ul>
      )}
      <TermTimeline points={await timelineOf(entry.occurrences.releases)} script={script} zhLang={zhLang} />
      <h2 id="concordance">
        {t('concordance')} ({entry.occurrences.total})
      </h2>
      <ol className="concordance">
        {lines.lines.map((c, i) => (
          <li key={i}>
            <p lang={zhLang}>
              <MarkedText text={c.sentence} spans={c.highlights} />
            </p>
            {/* The English sentence holding the term's rendering where there is one (else the paragraph). */}
            <p lang="en" className="muted">
              {englishFor(c.en, c.sentence, c.highlights[0]?.[0] ?? 0, renderings)}
            </p>
            <p>
              <Link href={{ pathname: `/releases/${c.slug}`, query: { script }, hash: `p-${c.segmentId}` }}>
                <span lang={zhLang}>{c.releaseTitle.zh}</span> #{c.segmentId}
              </Link>
            </p>
          </li>
        ))}
      </ol>
      <Pagination label={ts('concordancePages')} page={lines.page} pages={lines.pages} href={pageHref} />
    </article>
  );
}
