import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReleaseView } from '@/lib/reader/view';

/**
 * What the print edition adds at its end (shown only in print): the glossary terms as numbered
 * notes with their renderings (the text carries the numbers), how each passage's permalink is
 * formed (the text carries each passage's mark), and the citation of the release with its source.
 * The page address is filled in by the browser (CitationCopier) so it is the one being printed.
 */
export async function PrintNotes({ view, zhLang, path }: { view: ReleaseView; zhLang: string; path: string }) {
  const [t, format] = await Promise.all([getTranslations('Print'), getFormatter()]);
  const date = format.dateTime(new Date(view.date), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <section className="print-only print-notes" aria-hidden="true">
      {view.footnotes.length > 0 && (
        <>
          <h2>{t('terms')}</h2>
          <ol className="print-terms">
            {view.footnotes.map((f) => (
              <li key={f.key}>
                <span lang={zhLang}>
                  {view.segments
                    .flatMap((s) => s.zhRuns)
                    .find((r) => r.term === f.key)
                    ?.pieces.map((p) => p.text)
                    .join('') ?? f.key}
                </span>
                {f.renderings.length > 0 && <span lang="en">: {f.renderings.join('; ')}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>{t('permalinks')}</h2>
      <p>
        {t('permalinkRule')}{' '}
        <span className="print-url" data-print-url>
          {path}
        </span>
        #p-…
      </p>
      <h2>{t('citation')}</h2>
      <p>
        <span lang={zhLang}>{view.issuer.zh}</span> (<span lang="en">{view.issuer.en}</span>), <span lang={zhLang}>{view.title.zh}</span> (<span lang="en">{view.title.en}</span>),{' '}
        {date}.
      </p>
      {view.sourceUrl && (
        <p>
          {t('source')} {view.sourceUrl}
        </p>
      )}
      <p>
        {t('printedFrom')} <span data-print-url>{path}</span> <span data-print-date />
      </p>
    </section>
  );
}
