'use client';

import { useEffect, useState } from 'react';
import { formatCitation } from '@/lib/reader/citation';

type Props = { segmentId: string; label: string; done: string; failed: string };

/** Reads the segment as shown (current script) from the page, so no text is sent twice. */
export function CopyCitationButton({ segmentId, label, done, failed }: Props) {
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  // Disabled until hydrated: without JavaScript there is nothing to copy with.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function copy() {
    const row = document.getElementById(`p-${segmentId}`);
    const article = row?.closest<HTMLElement>('article');
    if (!row || !article) return;
    const text = (selector: string) => row.querySelector(selector)?.textContent?.trim() ?? '';
    const url = new URL(window.location.href);
    url.hash = `p-${segmentId}`;
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
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <>
      <button type="button" className="copy-citation" onClick={copy} disabled={!ready}>
        {label}
      </button>
      <span className="copy-status" role="status">
        {status === 'done' ? done : status === 'failed' ? failed : ''}
      </span>
    </>
  );
}
