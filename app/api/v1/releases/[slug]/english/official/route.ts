import { officialAlign, officialGet, officialPatch } from '@/lib/api/contracts';
import { releaseTag } from '@/lib/cache/tags';
import { notFound } from '@/lib/errors';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { editProposal, officialAlignment, proposeOfficial } from '@/lib/server/english/official';
import { currentVersions, versionsOf } from '@/lib/server/versions';

export const GET = route(officialGet, async ({ params, viewer }) => {
  const versions = await currentVersions();
  const alignment = await officialAlignment(params.slug, viewer);
  if (!alignment) throw notFound(`No release with slug "${params.slug}"`);
  // An editor's answer holds the proposal under review: only an answer for nobody in particular is cached.
  return viewer ? alignment : cacheableJson(alignment, 'anonymous', versionsOf(versions, [releaseTag(params.slug)]));
});

export const POST = route(officialAlign, async ({ params, body, viewer }) => proposeOfficial(viewer, params.slug, body));

export const PATCH = route(officialPatch, async ({ params, body, viewer }) => editProposal(viewer, params.slug, body));
