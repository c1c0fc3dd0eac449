'use client';

import { useTranslations } from 'next-intl';
import type { Blocker } from '@/lib/drafts/publishable';
import type { DraftRelease } from '@/lib/drafts/schema';

const SIMPLE = { 'title.zh': 'titleZh', 'title.en': 'titleEn', 'issuer.zh': 'issuerZh', 'issuer.en': 'issuerEn', date: 'date', slug: 'slug', sourceUrl: 'sourceUrl' } as const;

/** A blocker (or the refusal of a taken slug) in the editor's language, naming its field as the form labels it. */
export function useBlockerText() {
  const t = useTranslations('Import');
  const label = (field: string, release: DraftRelease): string => {
    if (field in SIMPLE) return t(SIMPLE[field as keyof typeof SIMPLE]);
    const [head, second, part] = field.split('.');
    if (head === 'damage') return t('spot', { n: Number(second) + 1 });
    if (head === 'segments') return t('segmentField', { id: release.segments[Number(second)]?.id ?? second });
    if (head === 'speakers' && (part === 'zh' || part === 'en')) return t('speakerField', { key: second, part: t(part === 'zh' ? 'speakerZh' : 'speakerEn') });
    return field;
  };
  return (blocker: Pick<Blocker, 'field' | 'message'> & { reason: Blocker['reason'] | 'slug_taken' }, release: DraftRelease) =>
    t(`blockers.${blocker.reason}`, { field: label(blocker.field, release), message: blocker.message.replace(/^[^:]*: /, '') });
}
