import { formatTags, parseTags, type TagVersion } from '@/lib/cache/tags';

// How the app tells its caching front (lib/front/server.ts) that an answer may be cached: an API
// answer in a header, a page in a <meta> of its head (pages cannot set headers). The value names
// who may be served the cached copy and the tags it was built from, with their versions.

export const CACHE_HEADER = 'x-dz-cache';
export const CACHE_META = 'dz-cache';

/**
 * shared: the same answer for everyone at this URL, signed in or not; anonymous: for readers
 * without a session only; session: for the one session that asked (its cookie is part of the key),
 * while that session stands and until `until` (when the app wants to see the session again, to
 * extend it), so a signed-in reader's own answers cost a lookup of their session, not a render.
 */
export type CacheScope = 'shared' | 'anonymous' | 'session';
export type Declaration = { scope: CacheScope; tags: TagVersion[]; until?: number };

const SCOPES = new Set<string>(['shared', 'anonymous', 'session']);

export function declare(scope: CacheScope, tags: readonly TagVersion[], until?: number) {
  return [scope, ...(until === undefined ? [] : [`until=${Math.floor(until)}`]), formatTags(tags)].join(' ').trim();
}

export function parseDeclaration(value: string | null | undefined): Declaration | null {
  const [scope, ...rest] = (value ?? '').trim().split(/\s+/);
  if (!SCOPES.has(scope)) return null;
  const until = rest[0]?.startsWith('until=') ? Number(rest.shift()!.slice(6)) : undefined;
  // An answer for one session with no valid end is not kept at all.
  if (scope === 'session' && !(until !== undefined && Number.isSafeInteger(until))) return null;
  return { scope: scope as CacheScope, tags: parseTags(rest.join(' ')), ...(until !== undefined && { until }) };
}

const META = new RegExp(`<meta name="${CACHE_META}" content="([^"]*)"`);

/** The declaration in a page's head, if any (looked for in its first 16 KB). */
export function pageDeclaration(html: string): Declaration | null {
  const m = META.exec(html.slice(0, 16_384));
  return m ? parseDeclaration(m[1]) : null;
}
