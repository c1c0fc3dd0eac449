import 'server-only';
import type { TagVersion } from '@/lib/cache/tags';
import { newSincePrevious, relatedReleases, type Related } from '@/lib/reader/related';
import type { ReleaseSummary } from '@/lib/reader/types';
import type { ReleaseView } from '@/lib/reader/view';
import { listReleases } from '@/lib/server/releases/queries';
import { releaseTermSets } from './release-terms';

export type ReleaseContext = {
  related: Related<ReleaseSummary>[];
  /** Glossary terms new since the same issuer's previous release (null: there is none in the library). */
  fresh: { previous: ReleaseSummary; terms: string[] } | null;
  tags: readonly TagVersion[];
};

/** A release among the others: those sharing its glossary terms, and the terms its issuer had not used before. */
export async function releaseContext(view: ReleaseView): Promise<ReleaseContext> {
  const [releases, { sets, tags }] = await Promise.all([listReleases(), releaseTermSets()]);
  const current = releases.find((r) => r.slug === view.slug);
  const order = view.footnotes.map((f) => f.key);
  return { related: relatedReleases(releases, sets, view.slug), fresh: current ? newSincePrevious(releases, sets, current, order) : null, tags };
}
