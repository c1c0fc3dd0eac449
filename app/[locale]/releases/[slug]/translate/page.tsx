import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { EditorFrame } from '@/app/_components/english/editor-frame';
import { loadEditorPage } from '@/app/_components/english/editor-page';
import { Revisions } from '@/app/_components/english/revisions';
import { TranslationWorkspace } from '@/app/_components/english/translation-workspace';
import { englishTracksOf } from '@/lib/server/english/tracks';
import { releaseRevisions } from '@/lib/server/releases/publish';
import { cachedRelease } from '@/lib/server/views/release-view';

type Props = PageProps<'/[locale]/releases/[slug]/translate'>;

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const [t, release] = await Promise.all([getTranslations({ locale: locale as Locale, namespace: 'English' }), cachedRelease(slug)]);
  return { title: release ? t('metaTranslate', { title: release.title.en }) : undefined, robots: { index: false } };
}

/** The editor's page for Duizhao's translation: each segment's English and status, the credits, the revisions. */
export default async function TranslatePage({ params }: Props) {
  const { slug, viewer, record, zhLang } = await loadEditorPage(params, 'translate');
  const t = await getTranslations('English');
  const frame = { slug, title: record.title, zhLang, current: 'translate' as const, heading: t('tabTranslate') };
  if (viewer.role !== 'editor')
    return (
      <EditorFrame {...frame}>
        <p>{t('editorsOnly')}</p>
      </EditorFrame>
    );
  const [revisions, messages] = await Promise.all([releaseRevisions(slug), getMessages()]);
  const tracks = englishTracksOf(record);
  return (
    <EditorFrame {...frame}>
      <NextIntlClientProvider messages={{ English: messages.English }}>
        <TranslationWorkspace
          key={tracks.version}
          slug={slug}
          version={tracks.version}
          zhLang={zhLang}
          credits={tracks.duizhao.credits}
          segments={tracks.duizhao.segments}
          officialParagraphs={tracks.official?.paragraphs ?? null}
        />
      </NextIntlClientProvider>
      <Revisions revisions={revisions} />
    </EditorFrame>
  );
}
