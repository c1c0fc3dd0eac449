export const SORTS = ['pinyin', 'count', 'term'] as const;
export type Sort = (typeof SORTS)[number];

type Sortable = { key: string; term: string; pinyin: string | null; occurrences: { total: number } };

const byPinyin = new Intl.Collator('zh-Hans-u-co-pinyin');
const byStroke = new Intl.Collator('zh-Hant-u-co-stroke');

/** Pinyin order (by the Simplified key), most frequent first, or by the shown form's stroke order. */
export function sortGlossary<T extends Sortable>(items: readonly T[], sort: Sort): T[] {
  const copy = [...items];
  if (sort === 'count') return copy.sort((a, b) => b.occurrences.total - a.occurrences.total || byPinyin.compare(a.key, b.key));
  if (sort === 'term') return copy.sort((a, b) => byStroke.compare(a.term, b.term));
  return copy.sort((a, b) => byPinyin.compare(a.key, b.key));
}
