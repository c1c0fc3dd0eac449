import { getFormatter, getTranslations } from 'next-intl/server';
import type { RevisionView } from '@/lib/server/releases/publish';
import styles from './english.module.css';

/** A release's revisions, newest first: who changed it, when, and what. */
export async function Revisions({ revisions }: { revisions: RevisionView[] }) {
  const [t, format] = await Promise.all([getTranslations('English'), getFormatter()]);
  return (
    <section className={styles.section} aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{t('revisions')}</h2>
      <p className={styles.muted}>{t('revisionsIntro')}</p>
      {revisions.length === 0 ? (
        <p>{t('noRevisions')}</p>
      ) : (
        <ol className={styles.revisions}>
          {revisions.map((r) => (
            <li key={r.id}>
              <time dateTime={r.createdAt}>{format.dateTime(new Date(r.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time> · <bdi>{r.editor ?? t('formerEditor')}</bdi>{' '}
              · <span lang="en">{r.summary}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
