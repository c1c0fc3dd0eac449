import { getTranslations } from 'next-intl/server';
import type { LocalizedSegment } from '@/lib/reader/localize';
import { splitAtSubstitutions } from '@/lib/reader/spans';
import type { SpeakerRecord } from '@/lib/reader/types';
import { CopyCitationButton } from './copy-citation-button';

type Props = { segment: LocalizedSegment; speaker: SpeakerRecord | null; zhLang: string };

/** One segment: its Chinese and English share a grid row, so neither side drifts out of step. */
export async function SegmentRow({ segment, speaker, zhLang }: Props) {
  const [t, ts] = await Promise.all([getTranslations('ReaderPage'), getTranslations('ScriptSwitcher')]);
  const Text = segment.kind === 'heading' ? 'h2' : 'p';
  // Turns are labelled where they start; points continue the answer above them.
  const label = speaker && (segment.kind === 'question' || segment.kind === 'answer') ? speaker : null;
  const zh = splitAtSubstitutions(segment.zh, segment.substitutions).map((span, i) =>
    span.original ? (
      <mark key={i} className="tw-word" tabIndex={0} data-original={span.original} title={ts('original', { word: span.original })}>
        {span.text}
      </mark>
    ) : (
      span.text
    ),
  );
  return (
    <div id={`p-${segment.id}`} className={`row kind-${segment.kind}`}>
      <div className="cell zh" lang={zhLang}>
        {label && <p className="speaker">{label.zh}</p>}
        <Text className="seg-text">{zh}</Text>
      </div>
      <div className="cell en" lang="en">
        {label && <p className="speaker">{label.en}</p>}
        <Text className="seg-text">{segment.en}</Text>
        {segment.figureIssues.length > 0 && (
          <p className="figures-warning" role="note">
            {t('figuresDiffer')}: {segment.figureIssues.join('; ')}
          </p>
        )}
      </div>
      <div className="row-tools">
        <a href={`#p-${segment.id}`} className="permalink" aria-label={t('permalink')}>
          #
        </a>
        <CopyCitationButton segmentId={segment.id} label={t('copyCitation')} done={t('copied')} failed={t('copyFailed')} />
      </div>
    </div>
  );
}
