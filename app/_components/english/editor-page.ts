import 'server-only';
import { setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPT_LANG } from '@/lib/core/text';
import { currentViewer } from '@/lib/server/auth/current-viewer';
import { cachedRelease } from '@/lib/server/views/release-view';

/**
 * What both English editor pages start from: the locale set, the signed-in viewer (else off to
 * sign in and back), the release (else 404) and the `lang` of its Chinese.
 */
export async function loadEditorPage(params: Promise<{ locale: string; slug: string }>, page: 'english' | 'translate') {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const viewer = await currentViewer();
  if (!viewer) redirect(`/${locale}/sign-in?${new URLSearchParams({ next: `/${locale}/releases/${slug}/${page}` })}`);
  const record = await cachedRelease(slug);
  if (!record) notFound();
  return { locale: locale as Locale, slug, viewer, record, zhLang: SCRIPT_LANG[record.sourceScript] };
}
