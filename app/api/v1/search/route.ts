import { searchGet } from '@/lib/api/contracts';
import { GLOSSARY, LIBRARY } from '@/lib/cache/tags';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { searchInputOf, segmentPermalink } from '@/lib/search/params';
import { searchSegments } from '@/lib/server/search';
import { currentVersions, versionsOf } from '@/lib/server/versions';

/** Permalinks open the English reader: an API caller has no UI language of its own to keep. */
const PERMALINK_LOCALE = 'en';

export const GET = route(searchGet, async ({ query }) => {
  // The versions first: an answer is never kept under versions newer than what it read.
  const versions = await currentVersions();
  const result = await searchSegments(searchInputOf(query));
  const hits = result.hits.map((hit) => ({ ...hit, permalink: segmentPermalink(PERMALINK_LOCALE, hit.slug, query.script, hit.segmentId) }));
  // Nobody's own data: the same answer for everyone while the library and the glossary hold.
  return cacheableJson({ ...result, hits }, 'shared', versionsOf(versions, [LIBRARY, GLOSSARY]));
});
