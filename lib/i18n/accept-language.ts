export type UiLocale = 'en' | 'zh-Hans' | 'zh-Hant';

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/** A language range as one of our UI locales: a Chinese range goes by its script, else its region. */
function toLocale(range: string): UiLocale | undefined {
  const [language, ...subtags] = range.toLowerCase().split('-');
  if (language === 'en') return 'en';
  if (language !== 'zh') return undefined;
  if (subtags.includes('hant')) return 'zh-Hant';
  if (subtags.includes('hans')) return 'zh-Hans';
  return subtags.some((s) => TRADITIONAL_REGIONS.has(s)) ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The UI locale for an Accept-Language header, highest weight first. Generic matchers send
 * zh-HK to Simplified when a bare `zh` follows it; Hong Kong, Macau and Taiwan read Traditional.
 */
export function negotiateLocale(header: string | null | undefined): UiLocale | undefined {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const locale = toLocale(tag);
    if (locale) return locale;
  }
  return undefined;
}

/** The Traditional standard a reader's browser asks for first: zh-TW reads Taiwan's, zh-HK and zh-MO Hong Kong's. */
export function regionalScript(header: string | null | undefined): 'tw' | 'hk' | undefined {
  for (const part of (header ?? '').split(',')) {
    const [language, ...subtags] = part.trim().split(';')[0].toLowerCase().split('-');
    if (language !== 'zh') continue;
    if (subtags.includes('tw')) return 'tw';
    if (subtags.includes('hk') || subtags.includes('mo')) return 'hk';
  }
  return undefined;
}
