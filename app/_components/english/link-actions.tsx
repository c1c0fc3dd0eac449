'use client';

import { useTranslations } from 'next-intl';
import { TITLE_SEGMENT } from '@/lib/english/title';
import type { Apply } from './alignment-review';
import type { ShownLink } from './link-row';
import styles from './english.module.css';

// The editor's buttons on one link. Only the edits that can apply are offered; each button's
// accessible name says exactly what it does ("Paragraph up – move paragraph 5 to link 3").

type Props = { index: number; link: ShownLink & { accepted: boolean }; last: boolean; apply: Apply };

export function LinkActions({ index: i, link, last, apply }: Props) {
  const t = useTranslations('English');
  const n = i + 1;
  const segment = (id: string) => (id === TITLE_SEGMENT ? t('headline') : id);
  const button = (action: string, label: string, name: string, onClick: () => void, pressed?: boolean) => (
    <button type="button" data-action={action} aria-pressed={pressed} onClick={onClick}>
      {label}
      <span className={styles.hidden}> – {name}</span>
    </button>
  );
  const [firstEn, lastEn] = [link.en[0], link.en[link.en.length - 1]];
  const [firstZh, lastZh] = [link.zh[0], link.zh[link.zh.length - 1]];
  const edited = t('edited', { n });
  return (
    <div className={styles.actions} role="group" aria-label={t('linkLabel', { n })}>
      {button(
        'accept',
        t('accept'),
        t('acceptName', { n }),
        () => apply({ op: 'accept', link: i, accepted: !link.accepted }, 'accept', t('acceptedStatus', { n, accepted: String(!link.accepted) })),
        link.accepted,
      )}
      {i > 0 &&
        firstEn !== undefined &&
        button('en-previous', t('paragraphUp'), t('moveParagraph', { p: firstEn + 1, to: n - 1 }), () =>
          apply({ op: 'move', link: i, side: 'en', to: 'previous' }, 'en-previous', edited),
        )}
      {!last &&
        lastEn !== undefined &&
        button('en-next', t('paragraphDown'), t('moveParagraph', { p: lastEn + 1, to: n + 1 }), () => apply({ op: 'move', link: i, side: 'en', to: 'next' }, 'en-next', edited))}
      {i > 0 &&
        firstZh !== undefined &&
        button('zh-previous', t('segmentUp'), t('moveSegment', { id: segment(firstZh), to: n - 1 }), () =>
          apply({ op: 'move', link: i, side: 'zh', to: 'previous' }, 'zh-previous', edited),
        )}
      {!last &&
        lastZh !== undefined &&
        button('zh-next', t('segmentDown'), t('moveSegment', { id: segment(lastZh), to: n + 1 }), () => apply({ op: 'move', link: i, side: 'zh', to: 'next' }, 'zh-next', edited))}
      {!last && button('merge', t('merge'), t('mergeName', { n, next: n + 1 }), () => apply({ op: 'merge', link: i }, 'merge', edited))}
      {link.zh.length + link.en.length > 1 && button('split', t('split'), t('splitName', { n }), () => apply({ op: 'split', link: i }, 'split', edited))}
    </div>
  );
}
