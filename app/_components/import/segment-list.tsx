'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { canSplit, mergeWithNext, splitSegment, updateSegment, type SegmentChange } from '@/lib/drafts/edit';
import { segmentInputId } from './fields';
import { SegmentRow } from './segment-row';
import type { DraftSectionProps } from './use-draft';
import styles from './import.module.css';

/**
 * The draft's segments, edited in place. Splitting uses the caret last placed in the segment's
 * text (the button takes the focus, the textarea keeps its selection); afterwards the focus goes to
 * the new segment's start, after a merge to the join, and a status line says what happened.
 */
export function SegmentList({ release, lang, readOnly, errors, edit }: DraftSectionProps) {
  const t = useTranslations('Import');
  const carets = useRef(new Map<string, number>());
  const focus = useRef<{ id: string; at: number } | null>(null);
  const current = useRef(release);
  useLayoutEffect(() => {
    current.current = release;
  });
  const [status, setStatus] = useState('');

  useEffect(() => {
    const target = focus.current;
    if (!target) return;
    focus.current = null;
    const element = document.getElementById(segmentInputId(target.id)) as HTMLTextAreaElement | null;
    element?.focus();
    element?.setSelectionRange(target.at, target.at);
  }, [release]);

  const onChange = useCallback((id: string, change: SegmentChange) => edit((r) => updateSegment(r, id, change)), [edit]);
  const onCaret = useCallback((id: string, at: number) => carets.current.set(id, at), []);
  const onSplit = useCallback(
    (id: string) => {
      const segment = current.current.segments.find((s) => s.id === id)!;
      const at = carets.current.get(id) ?? (document.getElementById(segmentInputId(id)) as HTMLTextAreaElement | null)?.selectionStart ?? 0;
      if (!canSplit(segment, at)) return setStatus(t('splitNeedsCaret', { id }));
      let added: string | null = null;
      edit((r) => {
        const split = splitSegment(r, id, at);
        added = split.id;
        return split.draft;
      });
      if (!added) return;
      focus.current = { id: added, at: 0 };
      setStatus(t('didSplit', { id, added }));
    },
    [edit, t],
  );
  const onMerge = useCallback(
    (id: string) => {
      const index = current.current.segments.findIndex((s) => s.id === id);
      const next = current.current.segments[index + 1];
      if (!next) return;
      let at = 0;
      edit((r) => {
        const merged = mergeWithNext(r, id);
        at = merged.at ?? 0;
        return merged.draft;
      });
      focus.current = { id, at };
      setStatus(t('didMerge', { id, next: next.id }));
    },
    [edit, t],
  );

  return (
    <section aria-labelledby="segments-heading" className={styles.panel}>
      <h2 id="segments-heading">
        {t('segmentsHeading')} <span className={styles.count}>{t('segmentCount', { count: release.segments.length })}</span>
      </h2>
      <p className="hint">{t('segmentsIntro')}</p>
      <p role="status" className={styles.status}>
        {status}
      </p>
      <ol className={styles.segments}>
        {release.segments.map((segment, index) => (
          <SegmentRow
            key={segment.id}
            segment={segment}
            last={index === release.segments.length - 1}
            speakers={release.speakers}
            lang={lang}
            readOnly={readOnly}
            error={errors[`segments.${index}.zh`]}
            onChange={onChange}
            onCaret={onCaret}
            onSplit={onSplit}
            onMerge={onMerge}
          />
        ))}
      </ol>
    </section>
  );
}
