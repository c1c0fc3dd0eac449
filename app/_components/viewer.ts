'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

/** Who is reading, as pages learn it in the browser: pages are the same for everyone (and cached), so the signed-in part comes after. */
export type ClientViewer = { id: string; name: string; role: 'reader' | 'editor' } | null;

let asked: { page: string; viewer: Promise<ClientViewer> } | null = null;

/**
 * One request per page shown, shared by every component on it that asks. A new page asks again:
 * signing in or out ends in a client-side navigation, which must not keep the old answer.
 */
export function fetchViewer(page: string): Promise<ClientViewer> {
  if (asked?.page !== page) {
    const viewer = fetch('/api/v1/me', { credentials: 'same-origin', cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<{ viewer: ClientViewer }>) : { viewer: null }))
      .then((b) => b.viewer)
      .catch(() => null);
    asked = { page, viewer };
  }
  return asked.viewer;
}

/** The viewer, or undefined until known (or when not `wanted`). */
export function useViewer(wanted = true): ClientViewer | undefined {
  const page = `${usePathname()}?${useSearchParams().toString()}`;
  const [known, setKnown] = useState<{ page: string; viewer: ClientViewer } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    fetchViewer(page).then((viewer) => live && setKnown({ page, viewer }));
    return () => {
      live = false;
    };
  }, [page, wanted]);
  return known?.page === page ? known.viewer : undefined;
}
