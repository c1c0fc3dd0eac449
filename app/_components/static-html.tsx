'use client';

import { useEffect, useState } from 'react';
import { STATIC_HTML_STORE } from '@/lib/reader/html/static-store';

type Props = { id: string; className?: string };

function initialHtml(id: string): string | null {
  if (typeof window === 'undefined') return (globalThis as Record<symbol, Map<string, string> | undefined>)[STATIC_HTML_STORE]?.get(id) ?? '';
  // Hydrating: the server's HTML is already in the page; React must keep it, not rebuild it.
  return document.getElementById(id)?.innerHTML ?? null;
}

/**
 * A block of HTML that the server rendered once and the client never renders: its text is not
 * repeated in React's payload. After a client-side navigation (no server HTML in the page) it is
 * fetched with the page it belongs to.
 */
export function StaticHtml({ id, className }: Props) {
  const [html, setHtml] = useState(() => initialHtml(id));
  useEffect(() => {
    if (html !== null) return;
    let live = true;
    fetch(window.location.href, { headers: { accept: 'text/html' } })
      .then((r) => r.text())
      .then((page) => {
        const found = new DOMParser().parseFromString(page, 'text/html').getElementById(id)?.innerHTML;
        if (live) setHtml(found ?? '');
      });
    return () => {
      live = false;
    };
  }, [html, id]);
  return <div id={id} className={className} dangerouslySetInnerHTML={{ __html: html ?? '' }} suppressHydrationWarning />;
}
