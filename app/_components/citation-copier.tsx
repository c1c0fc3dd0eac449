'use client';

import { useEffect } from 'react';
import { formatCitation } from '@/lib/reader/citation';

type Labels = { copied: string; copyFailed: string };

/**
 * The rows' copy-citation buttons (server-rendered HTML, disabled until now): one listener for all
 * of them. The citation is read from the row as shown, in the current script, so no text is sent
 * twice.
 */
export function CitationCopier({ labels }: { labels: Labels }) {
  useEffect(() => {
    const buttons = () => document.querySelectorAll<HTMLButtonElement>('button.copy-citation');
    buttons().forEach((b) => (b.disabled = false));
    async function onClick(event: MouseEvent) {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.copy-citation') : null;
      const row = button?.closest<HTMLElement>('.row');
      const article = row?.closest<HTMLElement>('article');
      if (!button || !row || !article) return;
      const status = row.querySelector('.copy-status');
      const text = (selector: string) => row.querySelector(selector)?.textContent?.trim() ?? '';
      const url = new URL(window.location.href);
      url.hash = row.id;
      const citation = formatCitation({
        zh: text('.cell.zh .seg-text'),
        en: text('.cell.en .seg-text'),
        title: { zh: article.dataset.titleZh ?? '', en: article.dataset.titleEn ?? '' },
        issuer: article.dataset.issuer ?? '',
        date: article.dataset.date ?? '',
        url: url.toString(),
      });
      try {
        await navigator.clipboard.writeText(citation);
        if (status) status.textContent = labels.copied;
      } catch {
        if (status) status.textContent = labels.copyFailed;
      }
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [labels]);
  return null;
}
