import { releasesList } from '@/lib/api/contracts';
import { summaryJson } from '@/lib/api/release-json';
import { LIBRARY } from '@/lib/cache/tags';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { listReleases } from '@/lib/server/releases/queries';
import { currentVersions, versionsOf } from '@/lib/server/versions';

export const GET = route(releasesList, async () => {
  const versions = await currentVersions();
  return cacheableJson({ releases: (await listReleases()).map(summaryJson) }, 'shared', versionsOf(versions, [LIBRARY]));
});
