import { escapeHtml as esc } from '@/lib/core/escape-html';
import { rubyOf, type RubyMode, type SegmentRuby } from '@/lib/study/annotate';
import { rubyHtml } from '@/lib/study/ruby-html';
import type { Piece } from '@/lib/terms/marks';
import type { FigureIssue } from '@/lib/content/figures';
import type { SpeakerRecord } from '../types';
import type { EnglishPiece, ReleaseView, ViewSegment } from '../view';

export type RowLabels = {
  figuresDiffer: string;
  /** The official English's figures differ from the Chinese. */
  officialFiguresDiffer: string;
  untranslated: string;
  draft: string;
  /** A segment the official English leaves out. */
  omitted: string;
  /** A segment after the end of the copy of the official English held. */
  beyond: string;
  /** An English paragraph with no Chinese source. */
  added: string;
  /** A segment whose English is the paragraph shown with the one before it. */
  sharedEnglish: string;
  /** Before Duizhao's translation of a passage the official English leaves out. */
  duizhaoFill: string;
  /** ": " or "：", after a label. */
  colon: string;
  permalink: string;
  copyCitation: string;
  /** "Original wording: {word}". */
  original: string;
  /** The language the labels are written in (the UI's): marked where a label stands in an English cell. */
  lang: string;
  /** A figure of the Chinese the official English lacks: "“{figure}” is not in the English." */
  figureMissing: string;
  /** One it gives otherwise: "“{figure}” is “{english}” in the English." */
  figureChanged: string;
};

export type RowOptions = {
  zhLang: string;
  /** Ruby over the Chinese, or null. */
  ruby: RubyMode | null;
  /** Each ruby character and syllable in a span of its tone's class, which the container's class colours. Only when colours are on: the spans are most of a ruby page's bytes. */
  tones: boolean;
  /** Which English the rows show; 'official' needs the view's official English. */
  english: 'official' | 'duizhao';
  /** Word starts for the pop-up dictionary on each paragraph. */
  words: boolean;
  termHref: (key: string) => string;
  labels: RowLabels;
};

/** The options with each term's footnote number in the print edition. */
type Rendering = RowOptions & { footnotes: ReadonlyMap<string, number> };

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${esc(value)}"`);

/** A heading's element by its level: the release title is the page's h1. */
const tagOf = (segment: ViewSegment) => (segment.kind === 'heading' ? `h${Math.min(6, 1 + (segment.level ?? 1))}` : 'p');

function pieceHtml(piece: Piece, at: number, ruby: SegmentRuby | null, inLink: boolean, labels: RowLabels): string {
  const text = ruby ? rubyHtml(piece.text, at, ruby) : esc(piece.text);
  if (piece.original === undefined) return text;
  // Inside a term link the link takes the focus; elsewhere the marked word is focusable so its original shows.
  return `<mark class="tw-word"${inLink ? '' : ' tabindex="0"'}${attr('data-original', piece.original)}${attr('title', labels.original.replace('{word}', piece.original))}>${text}</mark>`;
}

function chineseHtml(segment: ViewSegment, options: Rendering): string {
  const study = options.ruby && segment.readings ? rubyOf({ ...segment, readings: segment.readings }, options.ruby) : null;
  const ruby = study && !options.tones ? { ...study, tones: null } : study;
  let at = 0; // code points before the piece: where its readings start
  const piece = (p: Piece, inLink: boolean) => {
    const html = pieceHtml(p, at, ruby, inLink, options.labels);
    at += Array.from(p.text).length;
    return html;
  };
  const nested = new Map(segment.marks.map((m) => [m.start, m.nested]));
  const footnote = options.footnotes;
  let offset = 0;
  return segment.zhRuns
    .map((run) => {
      const start = offset;
      offset += run.pieces.reduce((n, p) => n + p.text.length, 0);
      if (!run.term) return run.pieces.map((p) => piece(p, false)).join('');
      const inner = [...new Set((nested.get(start) ?? []).map((n) => n.key))];
      // A link, so a term opens its glossary entry without JavaScript; with it, its card (and
      // ReaderNotes makes it undraggable as a pointer goes down on it, so a drag selects its text).
      // Its key is in its href alone (lib/reader/term-link.ts): a page holds hundreds of these.
      return `<a class="term"${attr('href', options.termHref(run.term))}${attr('data-fn', footnote.get(run.term)?.toString())}${inner.length ? attr('data-nested', inner.join(' ')) : ''}>${run.pieces.map((p) => piece(p, true)).join('')}</a>`;
    })
    .join('');
}

const piecesHtml = (pieces: readonly EnglishPiece[]) =>
  pieces.map((p) => (p.term ? `<span class="term-en"${attr('data-term', p.term)}>${esc(p.text)}</span>` : esc(p.text))).join('');

/** A label's lang attribute inside an English cell: none when the UI is English too. */
const labelLang = (labels: RowLabels) => (labels.lang === 'en' ? '' : attr('lang', labels.lang));

const note = (className: string, text: string, labels: RowLabels) => `<p class="${className}"${labelLang(labels)}>${esc(text)}</p>`;
const trackStatus = (text: string, labels: RowLabels) => note('track-status', text, labels);

/** Duizhao's English for a segment: its text (a draft says so), or a plain statement that there is none yet. */
function duizhaoHtml(segment: ViewSegment, tag: string, labels: RowLabels): string {
  if (segment.status === 'untranslated' || !segment.en) return note('untranslated', labels.untranslated, labels);
  const draft = segment.status === 'draft' ? trackStatus(labels.draft, labels) : '';
  return `${draft}<${tag} class="seg-text">${piecesHtml(segment.enPieces)}</${tag}>`;
}

/** Figures that disagree: Duizhao's stored check messages are English; the official English's issues are said in the UI's language. */
const figuresHtml = (label: string, issues: readonly string[], labels: RowLabels, localized = false) =>
  !issues.length
    ? ''
    : localized
      ? `<p class="figures-warning" role="note"${labelLang(labels)}>${esc(label)}${esc(labels.colon)}${esc(issues.join(' '))}</p>`
      : `<p class="figures-warning" role="note"><span${labelLang(labels)}>${esc(label)}${esc(labels.colon)}</span>${esc(issues.join('; '))}</p>`;

const issueText = (issue: FigureIssue, labels: RowLabels) =>
  issue.kind === 'changed' && issue.english
    ? labels.figureChanged.replace('{figure}', issue.figure.text).replace('{english}', issue.english.text)
    : labels.figureMissing.replace('{figure}', issue.figure.text);

/** What a row shows in its English cell, decided per track (see officialEnglish). */
type EnglishCell = (segment: ViewSegment, tag: string) => string;

/** `namedInEnglish`: the English shown opens with the speaker's label itself ("Q: …"), so the cell does not repeat it. */
function rowHtml(segment: ViewSegment, speaker: SpeakerRecord | null, options: Rendering, english: EnglishCell, namedInEnglish = false): string {
  const tag = tagOf(segment);
  // Turns are labelled where they start; points continue the answer above them.
  const label = speaker && (segment.kind === 'question' || segment.kind === 'answer') ? speaker : null;
  const words = options.words && segment.words ? attr('data-words', segment.words.map((w) => w.start).join(',')) : '';
  return (
    `<div id="p-${esc(segment.id)}" class="row kind-${segment.kind}"${speaker ? attr('data-speaker-zh', speaker.zh) + attr('data-speaker-en', speaker.en) : ''}>` +
    `<div class="cell zh"${attr('lang', options.zhLang)}>${label ? `<p class="speaker">${esc(label.zh)}</p>` : ''}<${tag} class="seg-text"${words}>${chineseHtml(segment, options)}</${tag}></div>` +
    `<div class="cell en" lang="en">${label && !namedInEnglish ? `<p class="speaker">${esc(label.en)}</p>` : ''}${english(segment, tag)}</div>` +
    toolsHtml(`p-${segment.id}`, options.labels) +
    `</div>`
  );
}

const toolsHtml = (id: string, labels: RowLabels) =>
  `<div class="row-tools"><a href="#${esc(id)}" class="permalink"${attr('aria-label', labels.permalink)}>#</a>` +
  `<button type="button" class="copy-citation" disabled>${esc(labels.copyCitation)}</button></div>`;

/** An English paragraph the Chinese has no source for: a row of its own, its Chinese cell saying so. */
const addedRowHtml = (paragraph: number, pieces: readonly EnglishPiece[], options: Rendering) =>
  `<div id="en-${paragraph}" class="row kind-paragraph gap-row">` +
  `<div class="cell zh">${note('gap gap-added', options.labels.added, options.labels)}</div>` +
  `<div class="cell en" lang="en"><p class="seg-text">${piecesHtml(pieces)}</p></div>` +
  toolsHtml(`en-${paragraph}`, options.labels) +
  `</div>`;

/**
 * Rows beside the official English, one group of linked segments and paragraphs at a time: the
 * first segment of a group shows its paragraphs (and any figures they give differently), a
 * segment after it in the same group points to them, a segment the English leaves out says so
 * (with Duizhao's translation, if there is one), and added English gets a row of its own.
 */
function officialRowsHtml(view: ReleaseView, official: NonNullable<ReleaseView['official']>, options: Rendering): string {
  const { labels } = options;
  const byId = new Map(view.segments.map((s) => [s.id, s]));
  const figures = new Map(official.gaps.figures.map((f) => [f.zh[0], f.issues.map((i) => issueText(i, labels))]));
  const beyond = new Set(official.gaps.beyond);
  const speakerOf = (s: ViewSegment) => (s.speaker ? (view.speakers[s.speaker] ?? null) : null);
  // An interview's official English often names each turn's speaker itself ("President Lai: …").
  const opensWith = (p: number | undefined, label: string | undefined) => {
    if (p === undefined || !label) return false;
    const text = official.paragraphs[p]
      .map((x) => x.text)
      .join('')
      .trimStart();
    return text.startsWith(`${label}:`) || text.startsWith(`${label}：`);
  };
  return official.groups
    .map((group) => {
      if (!group.zh.length) return group.en.map((p) => addedRowHtml(p, official.paragraphs[p], options)).join('');
      return group.zh
        .map((id, index) => {
          const segment = byId.get(id)!;
          const english: EnglishCell = (s, tag) => {
            if (index > 0) return `<p class="en-shared"${attr('data-en-from', `p-${group.zh[0]}`)}${labelLang(labels)}>${esc(labels.sharedEnglish)}</p>`;
            if (!group.en.length) {
              const fill = s.en && s.status !== 'untranslated' ? `${trackStatus(labels.duizhaoFill, labels)}<${tag} class="seg-text fill">${piecesHtml(s.enPieces)}</${tag}>` : '';
              const gap = beyond.has(id) ? note('gap gap-beyond', labels.beyond, labels) : note('gap gap-omitted', labels.omitted, labels);
              return gap + fill;
            }
            const text =
              group.en.length === 1
                ? `<${tag} class="seg-text">${piecesHtml(official.paragraphs[group.en[0]])}</${tag}>`
                : `<div class="seg-text">${group.en.map((p) => `<p>${piecesHtml(official.paragraphs[p])}</p>`).join('')}</div>`;
            return text + figuresHtml(labels.officialFiguresDiffer, figures.get(id) ?? [], labels, true);
          };
          return rowHtml(segment, speakerOf(segment), options, english, index === 0 && opensWith(group.en[0], speakerOf(segment)?.en));
        })
        .join('');
    })
    .join('');
}
/**
 * The release's rows as HTML: rendered once per view on the server and never by React, so the text
 * reaches the browser once (not a second time in React's payload) and costs no hydration. Every
 * text and attribute is escaped here.
 */
export function rowsHtml(view: ReleaseView, options: RowOptions): string {
  return rowsWithFootnotes(view, { ...options, footnotes: new Map(view.footnotes.map((f, i) => [f.key, i + 1])) });
}

function rowsWithFootnotes(view: ReleaseView, options: Rendering): string {
  if (options.english === 'official' && view.official) return officialRowsHtml(view, view.official, options);
  const english: EnglishCell = (s, tag) => duizhaoHtml(s, tag, options.labels) + figuresHtml(options.labels.figuresDiffer, s.figureIssues, options.labels);
  return view.segments.map((s) => rowHtml(s, s.speaker ? (view.speakers[s.speaker] ?? null) : null, options, english)).join('');
}
