import type { ReleaseSummary } from './types';

/** The same issuer's release before this one (by date, then slug), if the library has one. */
export function previousRelease<R extends Pick<ReleaseSummary, 'slug' | 'date' | 'issuer'>>(releases: readonly R[], current: R): R | null {
  const earlier = releases.filter(
    (r) => r.slug !== current.slug && r.issuer.zh === current.issuer.zh && (r.date < current.date || (r.date === current.date && r.slug < current.slug)),
  );
  return earlier.sort((a, b) => b.date.localeCompare(a.date) || b.slug.localeCompare(a.slug))[0] ?? null;
}

/** Terms this release uses that the previous one did not, in this release's order. */
export const newTerms = (current: readonly string[], previous: readonly string[]) => {
  const before = new Set(previous);
  return current.filter((k) => !before.has(k));
};
