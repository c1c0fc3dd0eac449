'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Blocker } from '@/lib/drafts/publishable';
import type { DraftRelease } from '@/lib/drafts/schema';
import { focusField } from './fields';
import styles from './import.module.css';

type Props = {
  release: DraftRelease;
  blockers: Blocker[];
  publishedAs: string | null;
  /** Why the last attempt was refused, in the editor's language, or null. */
  problem: string | null;
  busy: boolean;
  readOnly: boolean;
  text: (blocker: Blocker) => string;
  onPublish: () => void;
};

/** What is left before publishing (each a way to its field), the Publish button, and, once published, the way to the release. */
export function PublishPanel({ release, blockers, publishedAs, problem, busy, readOnly, text, onPublish }: Props) {
  const t = useTranslations('Import');
  if (publishedAs)
    return (
      <section aria-labelledby="publish-heading" className={styles.published}>
        <h2 id="publish-heading" tabIndex={-1}>
          {t('publishedHeading')}
        </h2>
        <p>{t('publishedBody')}</p>
        <p className={styles.actions}>
          <Link href={`/releases/${publishedAs}`} className={styles.submit}>
            {t('openRelease')}
          </Link>
          <a href={`/api/v1/releases/${encodeURIComponent(publishedAs)}/content.yaml`} className={styles.button} download>
            {t('downloadYaml')}
          </a>
        </p>
      </section>
    );
  return (
    <section aria-labelledby="publish-heading" className={styles.panel}>
      <h2 id="publish-heading">{t('publishHeading')}</h2>
      <p className="hint">{t('publishIntro')}</p>
      {problem && (
        <div role="alert" tabIndex={-1} className={styles.alert} id="publish-problem">
          {t('publishFailed', { problem })}
        </div>
      )}
      <h3>{t('blockersHeading')}</h3>
      {blockers.length === 0 ? (
        <p>{t('noBlockers')}</p>
      ) : (
        <ul className={styles.blockers}>
          {blockers.map((b) => (
            <li key={b.field}>
              <button type="button" className={styles.linkButton} onClick={() => focusField(b.field, release)}>
                {text(b)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className={styles.submit} disabled={busy || readOnly} onClick={onPublish}>
        {busy ? t('publishing') : t('publish')}
      </button>
    </section>
  );
}
