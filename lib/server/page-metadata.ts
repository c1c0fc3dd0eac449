import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';

type Fields = Omit<Parameters<typeof pageMetadata>[0], 'locale' | 'siteName'>;

/** A page's metadata and link previews in the UI language, under the site's name in that language. */
export async function metadataFor(locale: string, fields: Fields) {
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Site' });
  return pageMetadata({ locale, siteName: t('name'), ...fields });
}
