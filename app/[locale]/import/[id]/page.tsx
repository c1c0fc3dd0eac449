import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPT_LANG } from '@/lib/core/text';
import { isDomainError } from '@/lib/errors';
import { getImport } from '@/lib/server/imports/queries';
import { DraftEditor } from '@/app/_components/import/draft-editor';
import { ImportReportView } from '@/app/_components/import/report';
import { requireEditor } from '../require-editor';

export async function generateMetadata({ params }: PageProps<'/[locale]/import/[id]'>) {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Import' });
  return { title: t('draftMetaTitle'), robots: { index: false } };
}

/** One of the editor's drafts: the importer's report and the draft to edit, repair and publish. Another editor's is not found. */
export default async function ImportDraftPage({ params }: PageProps<'/[locale]/import/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const viewer = await requireEditor(locale, `/${locale}/import/${encodeURIComponent(id)}`);
  const view = await getImport(viewer.id, id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const [t, messages] = await Promise.all([getTranslations('Import'), getMessages()]);
  const title = view.release.title.zh;
  return (
    <div className="page">
      <p>
        <Link href="/import">{t('allDrafts')}</Link>
      </p>
      <h1>
        {t.rich('draftHeading', {
          name: title || view.fileName || t('pastedText'),
          zh: (chunks) => (title ? <span lang={SCRIPT_LANG[view.release.sourceScript]}>{chunks}</span> : chunks),
        })}
      </h1>
      <NextIntlClientProvider messages={{ Import: messages.Import }}>
        <DraftEditor initial={view} report={<ImportReportView report={view.report} />} />
      </NextIntlClientProvider>
    </div>
  );
}
