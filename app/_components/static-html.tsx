'use client';

import { useEffect, useState } from 'react';
import { STATIC_HTML_STORE } from '@/lib/reader/html/static-store';

type Props = { id: string; className?: string };

function initialHtml(id: string): string | null {
  if (typeof window === 'undefined') return (globalThis as Record<symbol, Map<string, string> | undefined>)[STATIC_HTML_STORE]?.get(id) ?? '';
  // Hydrating: the server's HTML is already in the page; React must keep it, not rebuild it.
  return document.getElementById(id)?.innerHTML ?? null;
}

// The page the blocks of one client-side navigation come from, fetched once for all of them (their
// effects run in one go); forgotten after, so a later visit gets the page as it is then.
let pending: { href: string; page: Promise<Document> } | null = null;
function fetchPage(href: string): Promise<Document> {
  if (pending?.href === href) return pending.page;
  const page = fetch(href, { headers: { accept: 'text/html' } })
    .then((r) => r.text())
    .then((text) => new DOMParser().parseFromString(text, 'text/html'));
  pending = { href, page };
  setTimeout(() => {
    if (pending?.page === page) pending = null;
  });
  return page;
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
    void fetchPage(window.location.href).then((page) => {
      if (live) setHtml(page.getElementById(id)?.innerHTML ?? '');
    });
    return () => {
      live = false;
    };
  }, [html, id]);
  return <div id={id} className={className} dangerouslySetInnerHTML={{ __html: html ?? '' }} suppressHydrationWarning />;
}
