import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { listImports } from '@/lib/server/imports/queries';
import { DraftList } from '@/app/_components/import/draft-list';
import { NewImport } from '@/app/_components/import/new-import';
import { requireEditor } from './require-editor';

export async function generateMetadata({ params }: PageProps<'/[locale]/import'>) {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Import' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** An editor's imports: a new one from a file or pasted text, and the drafts to resume or discard. */
export default async function ImportPage({ params }: PageProps<'/[locale]/import'>) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const viewer = await requireEditor(locale, `/${locale}/import`);
  const [t, drafts, messages] = await Promise.all([getTranslations('Import'), listImports(viewer.id), getMessages()]);
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <NextIntlClientProvider messages={{ Import: messages.Import }}>
        <NewImport />
        <DraftList initial={drafts} />
      </NextIntlClientProvider>
    </div>
  );
}
