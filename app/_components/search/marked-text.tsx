import { Fragment } from 'react';
import { markedRuns } from '@/lib/search/marks';
import type { Span } from '@/lib/search/fold';
import styles from './search.module.css';

/** Text with what a search matched in <mark>: React text nodes only, never markup. */
export function MarkedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  return markedRuns(text, spans).map((run, i) =>
    run.marked ? (
      <mark key={i} className={styles.match}>
        {run.text}
      </mark>
    ) : (
      <Fragment key={i}>{run.text}</Fragment>
    ),
  );
}
