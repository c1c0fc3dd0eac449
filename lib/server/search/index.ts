import 'server-only';
import { db } from '@/lib/server/db';
import type { SearchInput } from '@/lib/search/query';
import { concordanceIn } from './concordance';
import { searchSegmentsIn } from './search';

export type { SearchInput, SearchRequest } from '@/lib/search/query';
export { searchInputSchema } from '@/lib/search/query';
export type { Span, SearchHit, SearchResult } from './search';
export type { ConcordanceLine, ConcordancePage } from './concordance';

/**
 * Search across releases (lib/server/search/search.ts): `{ q, script, filters: { issuer?, region?,
 * kind?, from?, to? }, page, pageSize }` → a page of hits, newest first, and the total.
 */
export const searchSegments = (input: SearchInput) => searchSegmentsIn(db, input);

/** A term's concordance, a page of segments at a time, in one query (lib/server/search/concordance.ts). */
export const concordance = (keyOrTerm: string, options?: Parameters<typeof concordanceIn>[2]) => concordanceIn(db, keyOrTerm, options);
