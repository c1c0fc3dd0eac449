import 'server-only';
import { hanLength, termTimeline, type TimelinePoint } from '@/lib/glossary/timeline';
import type { ReleaseSummary } from '@/lib/reader/types';
import { listReleases } from '@/lib/server/releases/queries';
import { loadCorpus } from './queries';

// Each release's length in Han characters, per loaded corpus (a new one after every library change).
const lengths = new WeakMap<object, Map<string, number>>();

async function releaseLengths(): Promise<Map<string, number>> {
  const corpus = await loadCorpus();
  let byRelease = lengths.get(corpus);
  if (!byRelease) {
    byRelease = new Map();
    for (const s of corpus) byRelease.set(s.slug, (byRelease.get(s.slug) ?? 0) + hanLength(s.zh));
    lengths.set(corpus, byRelease);
  }
  return byRelease;
}

/** A term's use in every release of the library, oldest first, from its per-release counts. */
export async function timelineOf(counts: readonly { slug: string; count: number }[]): Promise<(ReleaseSummary & TimelinePoint)[]> {
  const [releases, chars] = await Promise.all([listReleases(), releaseLengths()]);
  return termTimeline(releases, new Map(counts.map((c) => [c.slug, c.count])), chars);
}
