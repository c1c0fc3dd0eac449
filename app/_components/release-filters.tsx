import { getTranslations } from 'next-intl/server';
import type { libraryFacets, LibraryFilter } from '@/lib/reader/library-filter';

type Facets = ReturnType<typeof libraryFacets>;

/**
 * Filters by issuer, region, kind and date range, as a plain GET form (works without JavaScript);
 * `keep` holds the other parameters the page carries (the search query, the script).
 */
export async function ReleaseFilters({
  facets,
  filter,
  action,
  keep = {},
  sorts = true,
}: {
  facets: Facets;
  filter: LibraryFilter;
  action: string;
  keep?: Record<string, string>;
  sorts?: boolean;
}) {
  const t = await getTranslations('Facets');
  const select = (name: 'issuer' | 'region' | 'kind', options: { value: string; label: string; lang?: string }[]) => (
    <label className="filter">
      <span>{t(name)}</span>
      <select name={name} defaultValue={filter[name] ?? ''}>
        <option value="">{t('any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={action} className="release-filters" aria-label={t('label')}>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {select(
        'issuer',
        facets.issuers.map((i) => ({ value: i.zh, label: `${i.en} · ${i.zh}` })),
      )}
      {select(
        'region',
        facets.regions.map((r) => ({ value: r, label: t(`region_${r}`) })),
      )}
      {select(
        'kind',
        facets.kinds.map((k) => ({ value: k, label: t(`kind_${k}`) })),
      )}
      <label className="filter">
        <span>{t('from')}</span>
        <input type="date" name="from" defaultValue={filter.from ?? ''} min={facets.first ?? undefined} max={facets.last ?? undefined} />
      </label>
      <label className="filter">
        <span>{t('to')}</span>
        <input type="date" name="to" defaultValue={filter.to ?? ''} min={facets.first ?? undefined} max={facets.last ?? undefined} />
      </label>
      {sorts && (
        <label className="filter">
          <span>{t('sort')}</span>
          <select name="sort" defaultValue={filter.sort}>
            <option value="newest">{t('newest')}</option>
            <option value="oldest">{t('oldest')}</option>
            <option value="issuer">{t('issuerSort')}</option>
          </select>
        </label>
      )}
      <button type="submit">{t('apply')}</button>
    </form>
  );
}
