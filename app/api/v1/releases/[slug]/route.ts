import { releaseGet } from '@/lib/api/contracts';
import { releaseJson } from '@/lib/api/release-json';
import { notFound } from '@/lib/errors';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { cachedRelease, releaseView } from '@/lib/server/views/release-view';

export const GET = route(releaseGet, async ({ params, query }) => {
  const release = await cachedRelease(params.slug);
  const cached = release && (await releaseView(params.slug, { script: query.script ?? release.sourceScript, wording: query.wording, readings: query.pinyin, words: false }));
  if (!cached) throw notFound(`No release with slug "${params.slug}"`);
  return cacheableJson(releaseJson(cached.view), 'shared', cached.tags);
});
