'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import styles from './english.module.css';

// The translation's credit line, as the reader will show it ("Duizhao translation by …, reviewed by …").

export type Credits = { by: string; reviewedBy: string[] } | null;

export function CreditsForm({ initial, onSave }: { initial: Credits; onSave: (credits: Credits) => Promise<boolean> }) {
  const t = useTranslations('English');
  const format = useFormatter();
  const [by, setBy] = useState(initial?.by ?? '');
  const [reviewers, setReviewers] = useState((initial?.reviewedBy ?? []).join('\n'));
  const [saved, setSaved] = useState('');
  const names = reviewers
    .split('\n')
    .map((n) => n.trim())
    .filter(Boolean);
  const preview = by.trim() ? t('creditsLine', { by: by.trim() }) + (names.length ? t('creditsReviewed', { reviewers: format.list(names) }) : '') : t('creditsNone');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    if (await onSave(by.trim() ? { by: by.trim(), reviewedBy: names } : null)) setSaved(t('creditsSaved'));
  }

  return (
    <section className={styles.section} aria-labelledby="credits-heading">
      <h2 id="credits-heading">{t('credits')}</h2>
      <p>{preview}</p>
      <form className={styles.form} onSubmit={submit}>
        <div className={styles.pair}>
          <div className={styles.field}>
            <label htmlFor="credits-by">{t('creditsBy')}</label>
            <input id="credits-by" value={by} maxLength={200} onChange={(e) => setBy(e.target.value)} />
          </div>
          <div className={styles.field}>
            <label htmlFor="credits-reviewers">{t('creditsReviewedBy')}</label>
            <textarea id="credits-reviewers" value={reviewers} rows={3} onChange={(e) => setReviewers(e.target.value)} />
          </div>
        </div>
        <div>
          <button type="submit" className={styles.button}>
            {t('saveCredits')}
          </button>
        </div>
        <p role="status" className={styles.message}>
          {saved}
        </p>
      </form>
    </section>
  );
}
