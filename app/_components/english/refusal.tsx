'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Answer } from './request';
import styles from './english.module.css';

type Refusal = { message: string; reload: boolean };

/**
 * Why the server refused the last change, in the UI's language: a conflict (409) asks for a
 * reload, since the editor's view is behind; anything else says what the server said.
 */
export function useRefusal() {
  const t = useTranslations('English');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const refuse = (answer: Extract<Answer<unknown>, { ok: false }>) =>
    setRefusal({
      message: answer.status === 0 ? t('networkError') : answer.status === 409 ? t('conflict') : t('failed', { message: answer.message }),
      reload: answer.status === 409,
    });
  return { refusal, refuse, clear: () => setRefusal(null) };
}

export function RefusalMessage({ refusal }: { refusal: Refusal | null }) {
  const t = useTranslations('English');
  if (!refusal) return null;
  return (
    <p role="alert" className={`${styles.message} ${styles.problem}`}>
      {refusal.message}{' '}
      {refusal.reload && (
        <button type="button" className={styles.button} onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      )}
    </p>
  );
}
