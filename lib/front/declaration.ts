import { formatTags, parseTags, type TagVersion } from '@/lib/cache/tags';

// How the app tells its caching front (lib/front/server.ts) that an answer may be cached: an API
// answer in a header, a page in a <meta> of its head (pages cannot set headers). The value names
// who may be served the cached copy and the tags it was built from, with their versions.

export const CACHE_HEADER = 'x-dz-cache';
export const CACHE_META = 'dz-cache';

/** shared: the same answer for everyone at this URL, signed in or not; anonymous: for readers without a session only. */
export type CacheScope = 'shared' | 'anonymous';
export type Declaration = { scope: CacheScope; tags: TagVersion[] };

export const declare = (scope: CacheScope, tags: readonly TagVersion[]) => `${scope} ${formatTags(tags)}`.trim();

export function parseDeclaration(value: string | null | undefined): Declaration | null {
  const [scope, ...rest] = (value ?? '').trim().split(/\s+/);
  if (scope !== 'shared' && scope !== 'anonymous') return null;
  return { scope, tags: parseTags(rest.join(' ')) };
}

const META = new RegExp(`<meta name="${CACHE_META}" content="([^"]*)"`);

/** The declaration in a page's head, if any (looked for in its first 16 KB). */
export function pageDeclaration(html: string): Declaration | null {
  const m = META.exec(html.slice(0, 16_384));
  return m ? parseDeclaration(m[1]) : null;
}
