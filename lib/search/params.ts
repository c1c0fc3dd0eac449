import { z } from 'zod';
import { datesInOrder, searchInputSchema, type SearchInput } from './query';

// A search as a flat query string, the API's and the search page's: the backend's input with the
// filters beside q rather than inside `filters`, so a refusal names the parameter as it was sent.

const { filters, ...top } = searchInputSchema.shape;

export const searchParamsSchema = z.object({ ...top, ...filters.unwrap().shape }).refine(...datesInOrder);

export type SearchParams = z.output<typeof searchParamsSchema>;

/** The parameters a search page's URL carries (the API also takes pageSize). */
export const SEARCH_PAGE_PARAMS = ['q', 'script', 'issuer', 'region', 'kind', 'from', 'to', 'page'] as const;

/** Flat parameters as the backend's input. */
export function searchInputOf({ issuer, region, kind, from, to, ...rest }: SearchParams): SearchInput {
  return { ...rest, filters: { issuer, region, kind, from, to } };
}

/**
 * A page's query as search parameters: the first of a repeated key, and a blank value (a form's
 * empty field or "any" choice) left out, as if it were not sent.
 */
export function presentParams(query: Readonly<Record<string, string | string[] | undefined>>, names: readonly string[] = SEARCH_PAGE_PARAMS): Record<string, string> {
  const entries = names.map((name) => [name, [query[name]].flat()[0]?.trim()] as const);
  return Object.fromEntries(entries.filter((e): e is readonly [string, string] => Boolean(e[1])));
}

/**
 * A hit's segment in the reader: the release in `script`, at the segment's permalink. A page
 * links to it with a plain <a>, a full load: the reader redirects to its canonical URL, and the
 * browser then scrolls to the fragment, which a client-side navigation through a redirect does not.
 */
export const segmentPermalink = (locale: string, slug: string, script: string, segmentId: string) =>
  `/${locale}/releases/${encodeURIComponent(slug)}?script=${encodeURIComponent(script)}#p-${encodeURIComponent(segmentId)}`;
