import { newTerms, previousRelease } from './new-terms';
import type { ReleaseSummary } from './types';

export type Related<R> = { release: R; shared: string[] };

/** The releases sharing most glossary terms with this one (at least one), most first, then newest. */
export function relatedReleases<R extends Pick<ReleaseSummary, 'slug' | 'date'>>(
  releases: readonly R[],
  terms: ReadonlyMap<string, ReadonlySet<string>>,
  slug: string,
  limit = 5,
): Related<R>[] {
  const own = terms.get(slug) ?? new Set<string>();
  return releases
    .filter((r) => r.slug !== slug)
    .map((release) => ({ release, shared: [...(terms.get(release.slug) ?? [])].filter((k) => own.has(k)) }))
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || b.release.date.localeCompare(a.release.date))
    .slice(0, limit);
}

/** The glossary terms this release uses that the same issuer's previous release did not, and that release. */
export function newSincePrevious<R extends Pick<ReleaseSummary, 'slug' | 'date' | 'issuer'>>(
  releases: readonly R[],
  terms: ReadonlyMap<string, ReadonlySet<string>>,
  current: R,
  order: readonly string[],
): { previous: R; terms: string[] } | null {
  const previous = previousRelease(releases, current);
  if (!previous) return null;
  const used = terms.get(current.slug) ?? new Set<string>();
  return {
    previous,
    terms: newTerms(
      order.filter((k) => used.has(k)),
      [...(terms.get(previous.slug) ?? [])],
    ),
  };
}
