'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { SCRIPT_LANG } from '@/lib/core/text';
import type { DraftSummary } from '@/lib/server/imports/view';
import { discardImport } from './api';
import { utcTime } from './when';
import styles from './import.module.css';

/** The editor's drafts: each resumed or discarded (after a second, explicit click). */
export function DraftList({ initial }: { initial: DraftSummary[] }) {
  const t = useTranslations('Import');
  const locale = useLocale();
  const id = useId();
  const [drafts, setDrafts] = useState(initial);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function discard(draft: DraftSummary) {
    const answer = await discardImport(draft.id);
    if (!answer.ok) return setStatus(t('discardFailed'));
    setDrafts((all) => all.filter((d) => d.id !== draft.id));
    setConfirming(null);
    setStatus(t('discarded'));
  }

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.panel}>
      <h2 id={`${id}-heading`}>{t('draftsHeading')}</h2>
      <p role="status" className={styles.status}>
        {status}
      </p>
      {drafts.length === 0 ? (
        <p>{t('noDrafts')}</p>
      ) : (
        <ul className={styles.drafts}>
          {drafts.map((d) => {
            const name = d.title || d.fileName || t('untitled');
            return (
              <li key={d.id} className={styles.draft}>
                <p className={styles.draftTitle}>
                  <Link href={`/import/${d.id}`} lang={d.title ? SCRIPT_LANG[d.sourceScript] : undefined}>
                    {name}
                  </Link>
                </p>
                <p className={styles.facts}>
                  {d.fileName && <bdi>{d.fileName}</bdi>} {t('draftFacts', { segments: d.segments, updated: utcTime(d.updatedAt, locale) })}
                  {d.damage.open > 0 && <> · {t('openDamage', { count: d.damage.open })}</>}
                </p>
                {d.publishedAs && (
                  <p>
                    {t('publishedAs', { slug: d.publishedAs })} · <Link href={`/releases/${d.publishedAs}`}>{t('openRelease')}</Link>
                  </p>
                )}
                <div className={styles.actions}>
                  <Link href={`/import/${d.id}`} className={styles.button} aria-label={`${t('resume')}: ${name}`}>
                    {t('resume')}
                  </Link>
                  {confirming === d.id ? (
                    <>
                      <button type="button" className={styles.danger} onClick={() => discard(d)} aria-label={`${t('discardConfirm')}: ${name}`}>
                        {t('discardConfirm')}
                      </button>
                      <button type="button" className={styles.button} onClick={() => setConfirming(null)}>
                        {t('cancel')}
                      </button>
                    </>
                  ) : (
                    <button type="button" className={styles.button} onClick={() => setConfirming(d.id)} aria-label={`${t('discard')}: ${name}`}>
                      {t('discard')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
