import type { TagVersion } from '@/lib/cache/tags';
import { CACHE_HEADER, declare, type CacheScope } from '@/lib/front/declaration';

/**
 * A JSON answer the caching front may keep under its URL while `tags` hold: for everyone
 * (`shared`), or for readers without a session (`anonymous`, declared only when the answer was
 * built for nobody in particular).
 */
export function cacheableJson(body: unknown, scope: CacheScope, tags: readonly TagVersion[], status = 200): Response {
  return Response.json(body, { status, headers: { [CACHE_HEADER]: declare(scope, tags) } });
}
