'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { LinkEdit } from '@/lib/align/edit';
import type { ProposalView } from '@/lib/server/english/official';
import { GapsSummary } from './gaps-summary';
import { LinkActions } from './link-actions';
import { LinkRow, LOW_CONFIDENCE } from './link-row';
import { RefusalMessage, useRefusal } from './refusal';
import { sendJson } from './request';
import styles from './english.module.css';

// The editor's review of a proposed alignment. Every edit goes to the server (which applies the
// pure edit of lib/align/edit.ts on the revision shown) and the answer replaces the view, so a
// reload loses nothing. Up/Down/Home/End move between links; after an edit the focus stays on the
// same button of the link it leaves the editor on, or on that link.

type Props = { slug: string; initial: ProposalView; version: string; zhLang: string; chinese: Record<string, string>; focusOnLoad: boolean };
export type Apply = (edit: LinkEdit, action: string, announce: string) => void;

export function AlignmentReview({ slug, initial, version, zhLang, chinese, focusOnLoad }: Props) {
  const t = useTranslations('English');
  const router = useRouter();
  const [proposal, setProposal] = useState(initial);
  const [active, setActive] = useState(0);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const { refusal, refuse, clear } = useRefusal();
  const focusAfter = useRef<{ link: number; action: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const api = `/api/v1/releases/${encodeURIComponent(slug)}/english/official`;
  const waiting = proposal.links.length - proposal.accepted;

  useEffect(() => {
    if (focusOnLoad) heading.current?.focus();
  }, [focusOnLoad]);

  useEffect(() => {
    const want = focusAfter.current;
    focusAfter.current = null;
    if (!want) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-link="${want.link}"]`);
    const target = want.action === 'publish' ? document.getElementById('publish-official') : item?.querySelector<HTMLElement>(`[data-action="${want.action}"]`);
    (target ?? item)?.focus();
  }, [proposal]);

  const apply: Apply = async (edit, action, announce) => {
    if (pending) return;
    setPending(true);
    clear();
    const answer = await sendJson<ProposalView & { focus: number }>(api, 'PATCH', { revision: proposal.revision, edits: [edit] });
    setPending(false);
    if (!answer.ok) return refuse(answer);
    focusAfter.current = { link: answer.body.focus, action };
    setActive(answer.body.focus);
    // A link that gave away its last segment or paragraph is gone: the change is the link that took it.
    const gone = edit.op === 'move' && answer.body.links.length < proposal.links.length;
    setProposal(answer.body);
    setStatus(gone ? t('edited', { n: answer.body.focus + 1 }) : announce);
  };

  async function publish() {
    if (pending || waiting) return;
    setPending(true);
    clear();
    const answer = await sendJson(`${api}/publish`, 'POST', { version });
    setPending(false);
    if (!answer.ok) return refuse(answer);
    router.replace(`/releases/${slug}/english?published=1`);
  }

  function move(event: KeyboardEvent<HTMLLIElement>, i: number) {
    const to = ({ ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: proposal.links.length - 1 } as Record<string, number>)[event.key];
    if (to === undefined || to < 0 || to >= proposal.links.length) return;
    event.preventDefault();
    setActive(to);
    list.current?.querySelector<HTMLElement>(`[data-link="${to}"]`)?.focus();
  }

  return (
    <section className={styles.section} aria-labelledby="review-heading">
      <h2 id="review-heading" ref={heading} tabIndex={-1}>
        {t('reviewHeading')}
      </h2>
      <p className={styles.muted}>{t('reviewIntro')}</p>
      <p className={styles.muted}>{t('proposalMeta', { publisher: proposal.publisher.en, url: proposal.url, editor: proposal.editor ?? t('formerEditor') })}</p>
      {proposal.stale && <p className={`${styles.message} ${styles.problem}`}>{t('stale')}</p>}
      <GapsSummary gaps={proposal.gaps} links={proposal.links} anchor={(i) => `link-${i}`} />
      <div className={styles.bar}>
        <p>{t('progress', { accepted: proposal.accepted, total: proposal.links.length })}</p>
        <div className={styles.actions}>
          {waiting > 0 && !proposal.stale && (
            <button type="button" className={styles.button} aria-disabled={pending} onClick={() => apply({ op: 'acceptAll' }, 'publish', t('acceptedAll'))}>
              {t('acceptAll', { count: waiting })}
            </button>
          )}
          <button
            id="publish-official"
            type="button"
            className={`${styles.button} ${styles.primary}`}
            disabled={waiting > 0 || proposal.stale}
            aria-describedby="publish-hint"
            onClick={publish}
          >
            {t('publish')}
          </button>
        </div>
      </div>
      <p id="publish-hint" className={styles.muted}>
        {t('publishHint')}
      </p>
      <p role="status" className={styles.message}>
        {status}
      </p>
      <RefusalMessage refusal={refusal} />
      <ol className={styles.links} ref={list} aria-busy={pending}>
        {proposal.links.map((link, i) => (
          <li
            key={`${link.zh.join(',')}|${link.en.join(',')}`}
            id={`link-${i}`}
            data-link={i}
            tabIndex={i === active ? 0 : -1}
            aria-labelledby={`link-${i}-name`}
            className={`${styles.link} ${link.accepted ? styles.done : link.confidence !== null && link.confidence < LOW_CONFIDENCE ? styles.low : ''}`}
            onFocus={() => setActive(i)}
            onKeyDown={(event) => move(event, i)}
          >
            <LinkRow
              index={i}
              nameId={`link-${i}-name`}
              link={link}
              chinese={chinese}
              paragraphs={proposal.paragraphs}
              figures={proposal.gaps.figures.find((f) => f.link === i)?.issues ?? []}
              zhLang={zhLang}
            >
              {!proposal.stale && <LinkActions index={i} link={link} last={i === proposal.links.length - 1} apply={apply} />}
            </LinkRow>
          </li>
        ))}
      </ol>
    </section>
  );
}
