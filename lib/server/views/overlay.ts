import 'server-only';
import { userTag, type TagVersion } from '@/lib/cache/tags';
import { overlayMarks, type OverlayMark } from '@/lib/reader/overlay';
import type { ViewOptions } from '@/lib/reader/view';
import { db } from '@/lib/server/db';
import { currentVersions, versionsOf } from '@/lib/server/versions';
import { buildMatcher, type Matcher } from '@/lib/terms/matcher';
import { viewCache } from './cache';
import { releaseView } from './release-view';

// One small matcher per active reader, over the keys of their own notes: a thousand annotators
// cost a thousand of these, never a rebuild of the public view.
const matchers = viewCache<{ keys: string[]; matcher: Matcher }>(2000);

/** The keys the reader has notes on, and a matcher over them, rebuilt only when their notes change. */
export async function ownTerms(viewerId: string, versions?: ReadonlyMap<string, number>) {
  const current = versions ?? (await currentVersions());
  const entry = await matchers.get(viewerId, current, async () => {
    const rows = await db.note.findMany({ where: { authorId: viewerId }, distinct: ['termKey'], select: { termKey: true }, orderBy: { termKey: 'asc' } });
    const keys = rows.map((r) => r.termKey);
    return { value: { keys, matcher: buildMatcher(keys.map((key) => ({ text: key, id: key }))) }, tags: versionsOf(current, [userTag(viewerId)]) };
  });
  return { ...entry.value, tags: entry.tags };
}

/** The reader's overlay on a release's public view, and the tags it was built from; null for an unknown release. */
export async function viewerMarks(viewerId: string, slug: string, options: ViewOptions): Promise<{ marks: OverlayMark[]; tags: TagVersion[] } | null> {
  const versions = await currentVersions();
  const [cached, own] = await Promise.all([releaseView(slug, options), ownTerms(viewerId, versions)]);
  if (!cached) return null;
  return { marks: own.keys.length ? overlayMarks(cached.view, own.matcher) : [], tags: [...cached.tags, ...own.tags] };
}
