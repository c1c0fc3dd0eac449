import { z } from 'zod';
import { REGIONS, RELEASE_KINDS } from '@/lib/core/text';
import type { ReleaseSummary } from './types';

export const LIBRARY_SORTS = ['newest', 'oldest', 'issuer'] as const;

const blankAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const isoDate = z.preprocess(blankAsUndefined, z.iso.date().optional());

/** The library's and the search's filters, from a query string: what is not valid is left out, never an error page. */
export const libraryFilterSchema = z.object({
  issuer: z.preprocess(blankAsUndefined, z.string().max(200).optional()),
  region: z.preprocess(blankAsUndefined, z.enum(REGIONS).optional()).catch(undefined),
  kind: z.preprocess(blankAsUndefined, z.enum(RELEASE_KINDS).optional()).catch(undefined),
  from: isoDate.catch(undefined),
  to: isoDate.catch(undefined),
  sort: z.enum(LIBRARY_SORTS).catch('newest'),
});
export type LibraryFilter = z.infer<typeof libraryFilterSchema>;

type Filterable = Pick<ReleaseSummary, 'date' | 'issuer' | 'region' | 'kind' | 'slug'>;

/** Whether a release passes the filter's issuer (by its Chinese name), region, kind and date range (inclusive). */
export function matchesFilter(r: Filterable, f: LibraryFilter): boolean {
  return (
    (!f.issuer || r.issuer.zh === f.issuer) && (!f.region || r.region === f.region) && (!f.kind || r.kind === f.kind) && (!f.from || r.date >= f.from) && (!f.to || r.date <= f.to)
  );
}

/** The releases the filter keeps, in its order. */
export function filterLibrary<R extends Filterable>(releases: readonly R[], f: LibraryFilter): R[] {
  const kept = releases.filter((r) => matchesFilter(r, f));
  const byDate = (a: R, b: R) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
  if (f.sort === 'oldest') return kept.sort((a, b) => -byDate(a, b));
  if (f.sort === 'issuer') return kept.sort((a, b) => a.issuer.en.localeCompare(b.issuer.en) || byDate(a, b));
  return kept.sort(byDate);
}

/** What there is to filter by: the issuers, regions and kinds the library holds, and its date range. */
export function libraryFacets(releases: readonly Filterable[]) {
  const issuers = new Map<string, ReleaseSummary['issuer']>();
  for (const r of releases) issuers.set(r.issuer.zh, r.issuer);
  const dates = releases.map((r) => r.date).sort();
  return {
    issuers: [...issuers.values()].sort((a, b) => a.en.localeCompare(b.en)),
    regions: REGIONS.filter((g) => releases.some((r) => r.region === g)),
    kinds: RELEASE_KINDS.filter((k) => releases.some((r) => r.kind === k)),
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
  };
}

/** The filter as a query, without empty or default values (for links that keep it). */
export function filterQuery(f: LibraryFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter(([k, v]) => v !== undefined && !(k === 'sort' && v === 'newest'))) as Record<string, string>;
}
