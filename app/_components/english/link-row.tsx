import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FigureIssue } from '@/lib/content/figures';
import { TITLE_SEGMENT } from '@/lib/english/title';
import { figureMessage } from './figure-message';
import styles from './english.module.css';

// One link of an alignment, its Chinese beside its English: shown for review (with the editor's
// buttons as children) and once published. Renders on the server or in the review's client tree.

/** Below this the aligner is unsure enough that the link is flagged for a closer look. */
export const LOW_CONFIDENCE = 0.8;

export type ShownLink = { zh: string[]; en: number[]; confidence: number | null; accepted?: boolean };

type Props = {
  index: number;
  /** The id of the link's name (its heading), for the element that holds the row to be labelled by. */
  nameId: string;
  link: ShownLink;
  /** Segment id → its Chinese (the headline under TITLE_SEGMENT). */
  chinese: Readonly<Record<string, string>>;
  paragraphs: readonly string[];
  figures: readonly FigureIssue[];
  zhLang: string;
  children?: ReactNode;
};

export function LinkRow({ index, nameId, link, chinese, paragraphs, figures, zhLang, children }: Props) {
  const t = useTranslations('English');
  const low = link.confidence !== null && link.confidence < LOW_CONFIDENCE;
  const kind = `${link.zh.length}-${link.en.length}`;
  return (
    <>
      <div className={styles.linkHead}>
        <h3 id={nameId}>{t('linkLabel', { n: index + 1 })}</h3>
        <span className={styles.badge}>
          <span aria-hidden="true">{kind}</span>
          <span className={styles.hidden}>{t('linkShape', { zh: link.zh.length, en: link.en.length })}</span>
        </span>
        {link.confidence === null ? <span className={styles.muted}>{t('byEditor')}</span> : <span className={styles.muted}>{t('confidence', { value: link.confidence })}</span>}
        {low && <span className={`${styles.badge} ${styles.warn}`}>{t('lowConfidence')}</span>}
        {link.accepted !== undefined && <span className={`${styles.badge} ${link.accepted ? styles.ok : ''}`}>{link.accepted ? t('accepted') : t('notAccepted')}</span>}
      </div>
      <div className={styles.sides}>
        <div>
          {link.zh.map((id) => (
            <p key={id}>
              <span className={styles.id}>{id === TITLE_SEGMENT ? t('headline') : t('segment', { id })}</span>
              <span lang={zhLang}>{chinese[id]}</span>
            </p>
          ))}
          {!link.zh.length && <p className={styles.none}>{t('noChinese')}</p>}
        </div>
        <div>
          {link.en.map((p) => (
            <p key={p}>
              <span className={styles.id}>{t('paragraph', { n: p + 1 })}</span>
              <span lang="en">{paragraphs[p]}</span>
            </p>
          ))}
          {!link.en.length && <p className={styles.none}>{t('noEnglish')}</p>}
        </div>
      </div>
      {figures.length > 0 && (
        <ul className={styles.notes}>
          {figures.map((issue, i) => (
            <li key={i}>{figureMessage(t, issue)}</li>
          ))}
        </ul>
      )}
      {children}
    </>
  );
}
