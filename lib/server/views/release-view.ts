import 'server-only';
import { releaseGlossaryTag, releaseTag, type TagVersion } from '@/lib/cache/tags';
import { buildReleaseView, type ReleaseView, type ViewOptions } from '@/lib/reader/view';
import type { ReleaseRecord } from '@/lib/reader/types';
import { publicGlossary } from '@/lib/server/glossary/public-terms';
import { getRelease } from '@/lib/server/releases/queries';
import { currentVersions, versionsOf } from '@/lib/server/versions';
import { viewCache } from './cache';

export type CachedView = { view: ReleaseView; tags: readonly TagVersion[] };

// A few releases in five views each (four scripts, Taiwan wording), with and without study data.
const views = viewCache<ReleaseView>(64);
const records = viewCache<ReleaseRecord | null>(64);

async function record(slug: string, versions: ReadonlyMap<string, number>) {
  return records.get(slug, versions, async () => ({ value: await getRelease(slug), tags: versionsOf(versions, [releaseTag(slug)]) }));
}

/** A release as stored, read once per change of it. */
export async function cachedRelease(slug: string): Promise<ReleaseRecord | null> {
  return (await record(slug, await currentVersions())).value;
}

/**
 * A release's public view (the same for every reader) and the tags it depends on with the versions
 * it was built at: the release itself and the public glossary as it bears on the release (a term
 * its text holds). Built once per change of either; a glossary change elsewhere leaves it be.
 */
export async function releaseView(slug: string, options: ViewOptions): Promise<CachedView | null> {
  const versions = await currentVersions();
  const release = (await record(slug, versions)).value;
  if (!release) return null;
  const { script, wording, readings, words } = options;
  const entry = await views.get(JSON.stringify([slug, script, wording, readings, words]), versions, async () => {
    const view = buildReleaseView(release, options, await publicGlossary(versions));
    return { value: view, tags: versionsOf(versions, [releaseTag(slug), releaseGlossaryTag(slug)]) };
  });
  return { view: entry.value, tags: entry.tags };
}
