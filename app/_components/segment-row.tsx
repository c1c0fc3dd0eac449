import type { MarkedSegment } from '@/lib/reader/marking';
import type { SpeakerRecord } from '@/lib/reader/types';
import type { SegmentStudy } from '@/lib/study/annotate';
import type { Piece } from '@/lib/terms/marks';
import { CopyCitationButton } from './copy-citation-button';
import { RubyText } from './study/ruby-text';

export type SegmentRowLabels = {
  figuresDiffer: string;
  permalink: string;
  copyCitation: string;
  copied: string;
  copyFailed: string;
  /** "Original wording: {word}", filled per word. */
  original: (word: string) => string;
};

type Props = {
  segment: MarkedSegment;
  study: SegmentStudy | null;
  speaker: SpeakerRecord | null;
  zhLang: string;
  termHref: (key: string) => string;
  labels: SegmentRowLabels;
};

type WordProps = { piece: Piece; at: number; study: SegmentStudy | null; inLink: boolean; labels: SegmentRowLabels };

/** A piece of text, with a Taiwan-wording substitution marked; not focusable inside a term link (the link takes the focus). */
function Word({ piece, at, study, inLink, labels }: WordProps) {
  const text = <RubyText text={piece.text} at={at} study={study} />;
  if (!piece.original) return text;
  return (
    <mark className="tw-word" tabIndex={inLink ? undefined : 0} data-original={piece.original} title={labels.original(piece.original)}>
      {text}
    </mark>
  );
}

/** One segment: its Chinese and English share a grid row, so neither side drifts out of step. */
export function SegmentRow({ segment, study, speaker, zhLang, termHref, labels }: Props) {
  const Text = segment.kind === 'heading' ? 'h2' : 'p';
  // Turns are labelled where they start; points continue the answer above them.
  const label = speaker && (segment.kind === 'question' || segment.kind === 'answer') ? speaker : null;
  let at = 0; // code points before the piece being rendered: where its readings start
  const zh = segment.zhRuns.map((run, i) => {
    const words = run.pieces.map((piece, j) => {
      const word = <Word key={j} piece={piece} at={at} study={study} inLink={Boolean(run.term)} labels={labels} />;
      at += Array.from(piece.text).length;
      return word;
    });
    if (!run.term) return words;
    // A link, so a term opens its glossary entry even without JavaScript; with it, a card.
    return (
      <a key={i} className="term" href={termHref(run.term)} data-term={run.term}>
        {words}
      </a>
    );
  });
  const en = segment.enPieces.map((piece, i) =>
    piece.term ? (
      <span key={i} className="term-en" data-term={piece.term}>
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
  return (
    <div id={`p-${segment.id}`} className={`row kind-${segment.kind}`}>
      <div className="cell zh" lang={zhLang}>
        {label && <p className="speaker">{label.zh}</p>}
        <Text className="seg-text" data-words={study?.words?.join(',')}>
          {zh}
        </Text>
      </div>
      <div className="cell en" lang="en">
        {label && <p className="speaker">{label.en}</p>}
        <Text className="seg-text">{en}</Text>
        {segment.figureIssues.length > 0 && (
          <p className="figures-warning" role="note">
            {labels.figuresDiffer}: {segment.figureIssues.join('; ')}
          </p>
        )}
      </div>
      <div className="row-tools">
        <a href={`#p-${segment.id}`} className="permalink" aria-label={labels.permalink}>
          #
        </a>
        <CopyCitationButton segmentId={segment.id} label={labels.copyCitation} done={labels.copied} failed={labels.copyFailed} />
      </div>
    </div>
  );
}
