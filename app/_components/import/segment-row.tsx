'use client';

import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { SEGMENT_KINDS, type SegmentKind } from '@/lib/core/text';
import type { SegmentChange } from '@/lib/drafts/edit';
import type { DraftRelease, DraftSegment } from '@/lib/drafts/schema';
import { segmentInputId } from './fields';
import styles from './import.module.css';

type Props = {
  segment: DraftSegment;
  last: boolean;
  speakers: DraftRelease['speakers'];
  lang: string;
  readOnly: boolean;
  error?: string;
  onChange: (id: string, change: SegmentChange) => void;
  onCaret: (id: string, at: number) => void;
  onSplit: (id: string) => void;
  onMerge: (id: string) => void;
};

/** One segment: its Chinese, kind, heading level and speaker, and the buttons that split it at the caret or merge it with the next. */
export const SegmentRow = memo(function SegmentRow({ segment, last, speakers, lang, readOnly, error, onChange, onCaret, onSplit, onMerge }: Props) {
  const t = useTranslations('Import');
  const id = segmentInputId(segment.id);
  const caret = (e: { currentTarget: HTMLTextAreaElement }) => onCaret(segment.id, e.currentTarget.selectionStart);
  return (
    <li className={styles.segment} data-kind={segment.kind}>
      <label htmlFor={id} className={styles.segmentLabel}>
        {t('segmentText', { id: segment.id })}
      </label>
      <textarea
        id={id}
        lang={lang}
        value={segment.zh}
        readOnly={readOnly}
        rows={Math.min(12, Math.max(2, Math.ceil(segment.zh.length / 36)))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          onChange(segment.id, { zh: e.target.value });
          caret(e);
        }}
        onSelect={caret}
        className={styles.segmentText}
      />
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.segmentTools}>
        <label>
          {t('kind')}{' '}
          <select value={segment.kind} disabled={readOnly} onChange={(e) => onChange(segment.id, { kind: e.target.value as SegmentKind })}>
            {SEGMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`segmentKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {segment.kind === 'heading' && (
          <label>
            {t('level')}{' '}
            <select value={segment.level ?? 1} disabled={readOnly} onChange={(e) => onChange(segment.id, { level: Number(e.target.value) })}>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('speaker')}{' '}
          <select value={segment.speaker ?? ''} disabled={readOnly} onChange={(e) => onChange(segment.id, { speaker: e.target.value || undefined })}>
            <option value="">{t('noSpeaker')}</option>
            {Object.entries(speakers).map(([key, s]) => (
              <option key={key} value={key} lang={lang}>
                {s.zh || key}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={styles.button} disabled={readOnly} onClick={() => onSplit(segment.id)} aria-label={`${t('split')}: ${segment.id}`}>
          {t('split')}
        </button>
        {!last && (
          <button type="button" className={styles.button} disabled={readOnly} onClick={() => onMerge(segment.id)} aria-label={`${t('merge')}: ${segment.id}`}>
            {t('merge')}
          </button>
        )}
      </div>
    </li>
  );
});
