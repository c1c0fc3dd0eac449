'use client';

import { useEffect, useRef, useState } from 'react';
import { CITATION_STYLES, formatCitation, type CitationInput, type CitationStyle, type CitationWords } from '@/lib/reader/citation';

export type CitationLabels = CitationWords & {
  heading: string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
  colon: string;
} & Record<CitationStyle, string>;

/** A cell's text as read: ruby readings and speaker labels left out, its paragraphs (an official link's several) a space apart. */
function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('rt, rp, .speaker').forEach((e) => e.remove());
  copy.querySelectorAll('p').forEach((p) => p.append(' '));
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Everything a citation of this row needs, read from the page as shown (script, English track). */
function passageOf(row: HTMLElement, article: HTMLElement, locale: string): CitationInput {
  const d = article.dataset;
  // A segment rendered together with the one above quotes that English; a passage the official
  // English leaves out quotes Duizhao's translation, and says so.
  const shared = row.querySelector<HTMLElement>('.en-shared')?.dataset.enFrom;
  const enRow = (shared && document.getElementById(shared)) || row;
  const en = enRow.querySelector('.cell.en .seg-text');
  const fill = en?.classList.contains('fill');
  const url = new URL(window.location.href);
  url.hash = row.id;
  return {
    zh: textOf(row.querySelector('.cell.zh .seg-text')),
    en: textOf(en),
    english:
      d.english === 'official' && !fill
        ? { track: 'official', by: { zh: d.englishByZh ?? '', en: d.englishBy ?? '' }, url: d.englishUrl ?? '', title: d.englishTitle ?? null }
        : { track: 'duizhao' },
    speaker: row.dataset.speakerZh ? { zh: row.dataset.speakerZh, en: row.dataset.speakerEn ?? '' } : null,
    title: { zh: d.titleZh ?? '', en: d.titleEn ?? '' },
    issuer: { zh: d.issuerZh ?? '', en: d.issuer ?? '' },
    date: d.date ?? '',
    url: url.toString(),
    sourceUrl: d.source ?? null,
    accessed: new Date().toISOString(),
    locale,
  };
}

/**
 * The rows' cite buttons (server-rendered HTML, disabled until now): one listener for all of them,
 * opening a dialog with the passage cited in each style, each ready to copy. The citation is read
 * from the row as shown, in the current script and English, so no text is sent twice.
 */
export function CitationCopier({ labels, locale }: { labels: CitationLabels; locale: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [passage, setPassage] = useState<CitationInput | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.querySelectorAll<HTMLButtonElement>('button.copy-citation').forEach((b) => (b.disabled = false));
    // The print edition's addresses, whole: the page's own, as the reader has it.
    const here = `${window.location.origin}${window.location.pathname}${window.location.search}`;
    document.querySelectorAll<HTMLElement>('[data-print-url]').forEach((e) => (e.textContent = here));
    document.querySelectorAll<HTMLElement>('[data-print-date]').forEach((e) => (e.textContent = `(${new Date().toLocaleDateString(locale, { dateStyle: 'long' })})`));
    function onClick(event: MouseEvent) {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.copy-citation') : null;
      const row = button?.closest<HTMLElement>('.row');
      const article = row?.closest<HTMLElement>('article');
      if (!button || !row || !article) return;
      opener.current = button;
      setStatus('');
      setPassage(passageOf(row, article, locale));
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [locale]);

  useEffect(() => {
    const d = dialog.current;
    if (passage && d && !d.open) d.showModal();
  }, [passage]);

  const close = () => {
    dialog.current?.close();
    setPassage(null);
    opener.current?.focus();
  };

  async function copy(style: CitationStyle, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${labels[style]}${labels.colon}${labels.copied}`);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  return (
    <dialog ref={dialog} className="citation-dialog" aria-labelledby="citation-heading" onClose={close}>
      <div className="dialog-head">
        <button type="button" className="dialog-close" onClick={close} aria-label={labels.close}>
          ×
        </button>
      </div>
      <h2 id="citation-heading">{labels.heading}</h2>
      {passage &&
        CITATION_STYLES.map((style) => {
          const text = formatCitation(passage, style, labels);
          return (
            <section key={style} className="citation-style" aria-labelledby={`cite-${style}`}>
              <h3 id={`cite-${style}`}>{labels[style]}</h3>
              <pre>{text}</pre>
              <button type="button" className="copy-style" onClick={() => void copy(style, text)} aria-describedby={`cite-${style}`}>
                {labels.copy}
              </button>
            </section>
          );
        })}
      <p role="status" className="copy-status">
        {status}
      </p>
    </dialog>
  );
}
