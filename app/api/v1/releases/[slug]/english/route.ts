import { englishCreditsPatch, englishGet } from '@/lib/api/contracts';
import { releaseTag } from '@/lib/cache/tags';
import { notFound } from '@/lib/errors';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { englishTracks } from '@/lib/server/english/tracks';
import { updateCredits } from '@/lib/server/english/translation';
import { currentVersions, versionsOf } from '@/lib/server/versions';

export const GET = route(englishGet, async ({ params }) => {
  const versions = await currentVersions();
  const tracks = await englishTracks(params.slug);
  if (!tracks) throw notFound(`No release with slug "${params.slug}"`);
  return cacheableJson(tracks, 'shared', versionsOf(versions, [releaseTag(params.slug)]));
});

export const PATCH = route(englishCreditsPatch, async ({ params, body, viewer }) => updateCredits(viewer, params.slug, body));
