import 'server-only';
import { createHash } from 'node:crypto';
import { STATIC_HTML_STORE } from '@/lib/reader/html/static-store';

type Store = Map<string, string>;
const MAX = 256;

/**
 * Hands HTML built on the server to the StaticHtml client component's server render, which runs in
 * the same process right after this request's server components: only the id travels in React's
 * payload, so the HTML reaches the browser once. Ids are content hashes, so a page's bytes (and its
 * ETag) are the same on every render.
 */
export function staticHtmlId(html: string): string {
  const store = ((globalThis as Record<symbol, Store | undefined>)[STATIC_HTML_STORE] ??= new Map());
  const id = `h${createHash('sha256').update(html).digest('base64url').slice(0, 16)}`;
  store.delete(id);
  store.set(id, html);
  if (store.size > MAX) store.delete(store.keys().next().value!);
  return id;
}
