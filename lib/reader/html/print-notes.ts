import { markup } from '@/lib/core/markup';
import { shownForms, type ReleaseView } from '../view';

export type PrintLabels = { terms: string; permalinks: string; permalinkRule: string; citation: string; source: string; printedFrom: string };

/**
 * What the print edition adds at its end (shown only in print): the glossary terms as numbered
 * notes with their renderings (the text carries the numbers), how each passage's permalink is
 * formed (the text carries each passage's mark), and the citation of the release with its source.
 * The page address is filled in by the browser (CitationCopier) so it is the one being printed.
 */
export function printNotesHtml(view: ReleaseView, { zhLang, path, date, labels }: { zhLang: string; path: string; date: string; labels: PrintLabels }): string {
  const shown = shownForms(view);
  // The list is in the text's Chinese (lang on the list), each rendering in English.
  const terms = view.footnotes.map((f) => markup`<li>${shown.get(f.key) ?? f.key}${f.renderings.length > 0 && markup`<span lang="en">: ${f.renderings.join('; ')}</span>`}</li>`);
  const list = terms.length > 0 && markup`<h2>${labels.terms}</h2><ol class="print-terms" lang="${zhLang}">${terms}</ol>`;
  const citation = markup`<span lang="${zhLang}">${view.issuer.zh}</span> (<span lang="en">${view.issuer.en}</span>), <span lang="${zhLang}">${view.title.zh}</span> (<span lang="en">${view.title.en}</span>), ${date}.`;
  return markup`<section class="print-only print-notes" aria-hidden="true">${list}<h2>${labels.permalinks}</h2><p>${labels.permalinkRule} <span class="print-url" data-print-url>${path}</span>#p-…</p><h2>${labels.citation}</h2><p>${citation}</p>${view.sourceUrl && markup`<p>${labels.source} ${view.sourceUrl}</p>`}<p>${labels.printedFrom} <span data-print-url>${path}</span> <span data-print-date></span></p></section>`
    .text;
}
