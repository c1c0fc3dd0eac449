import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { AlignForm } from '@/app/_components/english/align-form';
import { AlignmentReview } from '@/app/_components/english/alignment-review';
import { EditorFrame } from '@/app/_components/english/editor-frame';
import { loadEditorPage } from '@/app/_components/english/editor-page';
import { PublishedOfficial } from '@/app/_components/english/published-official';
import { Revisions } from '@/app/_components/english/revisions';
import styles from '@/app/_components/english/english.module.css';
import { alignmentSegments, officialText } from '@/lib/english/official';
import { officialAlignment } from '@/lib/server/english/official';
import { releaseRevisions } from '@/lib/server/releases/publish';
import { cachedRelease } from '@/lib/server/views/release-view';

type Props = PageProps<'/[locale]/releases/[slug]/english'>;

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const [t, release] = await Promise.all([getTranslations({ locale: locale as Locale, namespace: 'English' }), cachedRelease(slug)]);
  return { title: release ? t('metaOfficial', { title: release.title.en }) : undefined, robots: { index: false } };
}

/** The editor's page for a release's official English: align a version, review its links, publish it. */
export default async function OfficialEnglishPage({ params, searchParams }: Props) {
  const { slug, viewer, record, zhLang } = await loadEditorPage(params, 'english');
  const t = await getTranslations('English');
  const frame = { slug, title: record.title, zhLang, current: 'official' as const, heading: t('tabOfficial') };
  if (viewer.role !== 'editor')
    return (
      <EditorFrame {...frame}>
        <p>{t('editorsOnly')}</p>
      </EditorFrame>
    );
  const [alignment, revisions, messages, query] = await Promise.all([officialAlignment(slug, viewer), releaseRevisions(slug), getMessages(), searchParams]);
  const { proposal, published } = alignment!;
  const chinese = Object.fromEntries(alignmentSegments(record).map((s) => [s.id, s.zh]));
  const source = proposal ?? published;
  const prefill = {
    text: proposal ? proposal.paragraphs.join('\n') : published ? officialText(published) : '',
    url: source?.url ?? '',
    publisher: source?.publisher ?? { zh: '', en: '' },
  };
  return (
    <EditorFrame {...frame}>
      {query.published === '1' && !proposal && (
        <p role="status" className={styles.message}>
          {t('publishedDone')}
        </p>
      )}
      <NextIntlClientProvider messages={{ English: messages.English }}>
        {proposal && (
          <AlignmentReview
            key={`${proposal.revision}-${proposal.updatedAt}`}
            slug={slug}
            initial={proposal}
            version={alignment!.version}
            zhLang={zhLang}
            chinese={chinese}
            focusOnLoad={query.aligned === '1'}
          />
        )}
        <section className={styles.section} aria-labelledby="align-heading">
          <h2 id="align-heading">{source ? t('alignAgainHeading') : t('alignHeading')}</h2>
          <AlignForm slug={slug} zhLang={zhLang} prefill={prefill} replaces={Boolean(proposal)} />
        </section>
      </NextIntlClientProvider>
      <PublishedOfficial official={published} chinese={chinese} zhLang={zhLang} />
      <Revisions revisions={revisions} />
    </EditorFrame>
  );
}
