import { escapeHtml as esc } from '@/lib/core/escape-html';
import { rubyOf, type RubyMode, type SegmentRuby } from '@/lib/study/annotate';
import { rubyHtml } from '@/lib/study/ruby-html';
import type { Piece } from '@/lib/terms/marks';
import type { SpeakerRecord } from '../types';
import type { ReleaseView, ViewSegment } from '../view';

export type RowLabels = {
  figuresDiffer: string;
  permalink: string;
  copyCitation: string;
  /** "Original wording: {word}". */
  original: string;
};

export type RowOptions = {
  zhLang: string;
  /** Ruby over the Chinese, or null. Tone colours are the container's class: the rows are the same with or without. */
  ruby: RubyMode | null;
  /** Word starts for the pop-up dictionary on each paragraph. */
  words: boolean;
  termHref: (key: string) => string;
  labels: RowLabels;
};

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${esc(value)}"`);

/** A heading's element by its level: the release title is the page's h1. */
const tagOf = (segment: ViewSegment) => (segment.kind === 'heading' ? `h${Math.min(6, 1 + (segment.level ?? 1))}` : 'p');

function pieceHtml(piece: Piece, at: number, ruby: SegmentRuby | null, inLink: boolean, labels: RowLabels): string {
  const text = ruby ? rubyHtml(piece.text, at, ruby) : esc(piece.text);
  if (piece.original === undefined) return text;
  // Inside a term link the link takes the focus; elsewhere the marked word is focusable so its original shows.
  return `<mark class="tw-word"${inLink ? '' : ' tabindex="0"'}${attr('data-original', piece.original)}${attr('title', labels.original.replace('{word}', piece.original))}>${text}</mark>`;
}

function chineseHtml(segment: ViewSegment, options: RowOptions): string {
  const ruby = options.ruby && segment.readings ? rubyOf({ ...segment, readings: segment.readings }, options.ruby) : null;
  let at = 0; // code points before the piece: where its readings start
  const piece = (p: Piece, inLink: boolean) => {
    const html = pieceHtml(p, at, ruby, inLink, options.labels);
    at += Array.from(p.text).length;
    return html;
  };
  const nested = new Map(segment.marks.map((m) => [m.start, m.nested]));
  let offset = 0;
  return segment.zhRuns
    .map((run) => {
      const start = offset;
      offset += run.pieces.reduce((n, p) => n + p.text.length, 0);
      if (!run.term) return run.pieces.map((p) => piece(p, false)).join('');
      const inner = [...new Set((nested.get(start) ?? []).map((n) => n.key))];
      // A link, so a term opens its glossary entry without JavaScript; with it, its card.
      return `<a class="term"${attr('href', options.termHref(run.term))}${attr('data-term', run.term)}${inner.length ? attr('data-nested', inner.join(' ')) : ''}>${run.pieces.map((p) => piece(p, true)).join('')}</a>`;
    })
    .join('');
}

function englishHtml(segment: ViewSegment): string {
  return segment.enPieces.map((p) => (p.term ? `<span class="term-en"${attr('data-term', p.term)}>${esc(p.text)}</span>` : esc(p.text))).join('');
}

function rowHtml(segment: ViewSegment, speaker: SpeakerRecord | null, options: RowOptions): string {
  const tag = tagOf(segment);
  // Turns are labelled where they start; points continue the answer above them.
  const label = speaker && (segment.kind === 'question' || segment.kind === 'answer') ? speaker : null;
  const words = options.words && segment.words ? attr('data-words', segment.words.map((w) => w.start).join(',')) : '';
  const { labels } = options;
  const figures = segment.figureIssues.length
    ? `<p class="figures-warning" role="note">${esc(labels.figuresDiffer)}: ${esc(segment.figureIssues.join('; '))}</p>`
    : '';
  return (
    `<div id="p-${esc(segment.id)}" class="row kind-${segment.kind}">` +
    `<div class="cell zh"${attr('lang', options.zhLang)}>${label ? `<p class="speaker">${esc(label.zh)}</p>` : ''}<${tag} class="seg-text"${words}>${chineseHtml(segment, options)}</${tag}></div>` +
    `<div class="cell en" lang="en">${label ? `<p class="speaker">${esc(label.en)}</p>` : ''}<${tag} class="seg-text">${englishHtml(segment)}</${tag}>${figures}</div>` +
    `<div class="row-tools"><a href="#p-${esc(segment.id)}" class="permalink"${attr('aria-label', labels.permalink)}>#</a>` +
    `<button type="button" class="copy-citation" disabled>${esc(labels.copyCitation)}</button><span class="copy-status" role="status"></span></div>` +
    `</div>`
  );
}

/**
 * The release's rows as HTML: rendered once per view on the server and never by React, so the text
 * reaches the browser once (not a second time in React's payload) and costs no hydration. Every
 * text and attribute is escaped here.
 */
export function rowsHtml(view: ReleaseView, options: RowOptions): string {
  return view.segments.map((s) => rowHtml(s, s.speaker ? (view.speakers[s.speaker] ?? null) : null, options)).join('');
}
