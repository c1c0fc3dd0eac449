import type { TagVersion } from '@/lib/cache/tags';
import { CACHE_HEADER, declare, type CacheScope } from '@/lib/front/declaration';
import type { Viewer } from '@/lib/server/auth/viewer';

/**
 * A JSON answer the caching front may keep under its URL while `tags` hold: for everyone
 * (`shared`), or for readers without a session (`anonymous`, declared only when the answer was
 * built for nobody in particular).
 */
export function cacheableJson(body: unknown, scope: Exclude<CacheScope, 'session'>, tags: readonly TagVersion[], status = 200): Response {
  return Response.json(body, { status, headers: { [CACHE_HEADER]: declare(scope, tags) } });
}

/**
 * A signed-in reader's own JSON answer, which the front may keep for their session alone while
 * `tags` hold and the session stands unextended. An API token's answer is not kept.
 */
export function sessionJson(body: unknown, viewer: Viewer, tags: readonly TagVersion[]): Response {
  if (viewer.via !== 'session') return Response.json(body);
  return Response.json(body, { headers: { [CACHE_HEADER]: declare('session', tags, viewer.until) } });
}
