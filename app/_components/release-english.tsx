import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReleaseView } from '@/lib/reader/view';

/**
 * Whose English the reader is reading (the official version and its publisher, or Duizhao's
 * translation and who wrote and reviewed it), how much is untranslated, and, beside the official
 * English, what it leaves out, adds or gives different figures for, each count linking to its first passage.
 */
export async function ReleaseEnglish({ view, english }: { view: ReleaseView; english: 'official' | 'duizhao' }) {
  const [t, format] = await Promise.all([getTranslations('ReaderPage'), getFormatter()]);
  const { official, translation } = view;
  if (english === 'official' && official) {
    const { omitted, added, figures, beyond } = official.gaps;
    const counts = [
      omitted.length > 0 && { href: `#p-${omitted[0]}`, text: t('gapsOmitted', { count: omitted.length }) },
      beyond.length > 0 && { href: `#p-${beyond[0]}`, text: t('gapsBeyond', { count: beyond.length }) },
      added.length > 0 && { href: `#en-${added[0]}`, text: t('gapsAdded', { count: added.length }) },
      figures.length > 0 && { href: `#p-${figures[0].zh[0]}`, text: t('gapsFigures', { count: figures.length }) },
    ].filter((c) => c !== false);
    return (
      <div className="release-english">
        <p>
          {t('englishOfficial', { publisher: official.publisher.en })} ·{' '}
          <a href={official.url} rel="noopener noreferrer">
            {t('officialVersion')}
          </a>
        </p>
        <p className="gaps-summary">
          <strong>{t('gapsHeading')}</strong>{' '}
          {counts.length
            ? counts.map((c, i) => (
                <span key={c.href}>
                  {i > 0 && ' · '}
                  <a href={c.href}>{c.text}</a>
                </span>
              ))
            : t('gapsNone')}
        </p>
      </div>
    );
  }
  const untranslated = view.segments.filter((s) => s.status === 'untranslated' || !s.en).length;
  const reviewers = translation?.reviewedBy.length ? format.list(translation.reviewedBy, { type: 'conjunction' }) : null;
  return (
    <div className="release-english">
      <p>
        {t('englishDuizhao')}
        {translation && t('translatedBy', { names: translation.by })}
        {reviewers && t('reviewedBy', { names: reviewers })}
        {untranslated > 0 && ` · ${t('untranslatedCount', { count: untranslated })}`}
      </p>
    </div>
  );
}
