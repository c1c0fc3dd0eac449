import 'server-only';
import { fromZodError } from '@/lib/errors';
import { searchInputOf, searchParamsSchema } from '@/lib/search/params';
import { searchSegments, type SearchResult } from './index';

/** What the search page shows: the form alone, a refusal naming the field, or a page of results. */
export type PageSearch = { state: 'idle' } | { state: 'refused'; field: string; message: string } | { state: 'done'; q: string; result: SearchResult };

/**
 * A search from the page's query (present, non-blank values: lib/search/params.ts presentParams).
 * Bad input is an answer the page shows beside the form, not an error page.
 */
export async function searchForPage(params: Readonly<Record<string, string>>): Promise<PageSearch> {
  if (!params.q) return { state: 'idle' };
  const parsed = searchParamsSchema.safeParse(params);
  if (!parsed.success) return { state: 'refused', field: String(parsed.error.issues[0]?.path[0] ?? 'q'), message: fromZodError(parsed.error).message };
  return { state: 'done', q: parsed.data.q, result: await searchSegments(searchInputOf(parsed.data)) };
}
