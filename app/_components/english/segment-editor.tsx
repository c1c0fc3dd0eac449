'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { checkFigures } from '@/lib/content/figures';
import type { TranslationStatus } from '@/lib/content/schema';
import { figureMessage } from './figure-message';
import styles from './english.module.css';

// One segment of Duizhao's translation: its Chinese, the official English that covers it (if
// any), and the editor's English with its status, the figures checked on every keystroke.

export type Draft = { en: string; status: TranslationStatus };
export const STATUSES = ['untranslated', 'draft', 'reviewed'] as const satisfies readonly TranslationStatus[];

/** Why a draft cannot be saved as it stands, if it cannot (the content format's rule). */
export const draftProblem = (d: Draft): 'needsEnglish' | 'untranslatedHasEnglish' | null =>
  d.status !== 'untranslated' && !d.en.trim() ? 'needsEnglish' : d.status === 'untranslated' && d.en.trim() ? 'untranslatedHasEnglish' : null;

type Props = {
  id: string;
  zh: string;
  zhLang: string;
  official: { numbers: number[]; text: string } | null;
  draft: Draft;
  dirty: boolean;
  onChange: (draft: Draft) => void;
  onSave: () => void;
};

export function SegmentEditor({ id, zh, zhLang, official, draft, dirty, onChange, onSave }: Props) {
  const t = useTranslations('English');
  const issues = useMemo(() => (draft.en.trim() ? checkFigures(zh, draft.en) : []), [zh, draft.en]);
  const problem = draftProblem(draft);
  const statusLabel = { untranslated: t('statusUntranslated'), draft: t('statusDraft'), reviewed: t('statusReviewed') };
  return (
    <li className={styles.segment} id={`segment-${id}`}>
      <div>
        <p>
          <span className={styles.id}>{t('segment', { id })}</span>
          <span lang={zhLang}>{zh}</span>
        </p>
        {official && (
          <p className={styles.official}>
            {t('officialCovers', { paragraphs: official.numbers.map((n) => t('paragraph', { n })).join(', ') })} <span lang="en">{official.text}</span>
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`en-${id}`} className={styles.hidden}>
          {t('englishFor', { id })}
        </label>
        <textarea
          id={`en-${id}`}
          lang="en"
          value={draft.en}
          // Writing English for an untranslated segment makes it a draft.
          onChange={(e) => onChange({ en: e.target.value, status: draft.status === 'untranslated' && e.target.value.trim() ? 'draft' : draft.status })}
        />
        <div className={styles.segmentTools}>
          <label htmlFor={`status-${id}`} className={styles.hidden}>
            {t('status', { id })}
          </label>
          <select id={`status-${id}`} value={draft.status} onChange={(e) => onChange({ ...draft, status: e.target.value as TranslationStatus })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel[s]}
              </option>
            ))}
          </select>
          <button type="button" className={styles.button} aria-disabled={!dirty || problem !== null} onClick={onSave}>
            {t('save')}
            <span className={styles.hidden}> – {t('saveName', { id })}</span>
          </button>
          {dirty && <span className={styles.badge}>{t('unsaved')}</span>}
        </div>
        <div aria-live="polite">
          {problem && <p className={`${styles.message} ${styles.problem}`}>{t(problem)}</p>}
          {issues.length > 0 ? (
            <ul className={styles.notes}>
              {issues.map((issue, i) => (
                <li key={i}>{figureMessage(t, issue)}</li>
              ))}
            </ul>
          ) : (
            draft.en.trim() && <p className={styles.muted}>{t('figuresOk')}</p>
          )}
        </div>
      </div>
    </li>
  );
}
