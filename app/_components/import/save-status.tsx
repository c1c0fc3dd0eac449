'use client';

import { useTranslations } from 'next-intl';
import type { SaveState } from './use-draft';
import styles from './import.module.css';

/** Where the draft's saving stands, announced politely; a conflict is an alert with the way out (reload). */
export function SaveStatus({ state, failure, published, onRetry }: { state: SaveState; failure: string; published: boolean; onRetry: () => void }) {
  const t = useTranslations('Import');
  if (state === 'conflict')
    return (
      <div role="alert" className={styles.conflict}>
        <p>{t('save.conflict')}</p>
        <button type="button" className={styles.submit} onClick={() => window.location.reload()}>
          {t('save.reload')}
        </button>
      </div>
    );
  return (
    <div className={styles.saveBar}>
      <p role="status" className={styles.saveState} data-state={state}>
        {published ? t('save.readOnly') : state === 'failed' ? t('save.failed', { message: failure }) : t(`save.${state}`)}
      </p>
      {state === 'failed' && (
        <button type="button" className={styles.button} onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
