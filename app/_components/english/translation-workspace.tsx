'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { DuizhaoSegment } from '@/lib/server/english/tracks';
import { CreditsForm, type Credits } from './credits-form';
import { RefusalMessage, useRefusal } from './refusal';
import { sendJson } from './request';
import { draftProblem, SegmentEditor, STATUSES, type Draft } from './segment-editor';
import styles from './english.module.css';

// Duizhao's translation of a release, segment by segment, and its credits. One version of the
// release is held for all of them: each save names it and takes the new one back, so the editor's
// own saves follow one another while anyone else's change in between is a conflict.

type Props = { slug: string; version: string; zhLang: string; credits: Credits; segments: DuizhaoSegment[]; officialParagraphs: string[] | null };
type Row = { draft: Draft; saved: Draft };
type Saved = { version: string; segments: { id: string; en: string; status: Draft['status'] }[] };

const same = (a: Draft, b: Draft) => a.en === b.en && a.status === b.status;

export function TranslationWorkspace({ slug, version: initialVersion, zhLang, credits, segments, officialParagraphs }: Props) {
  const t = useTranslations('English');
  const [version, setVersion] = useState(initialVersion);
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(segments.map((s) => [s.id, { draft: { en: s.en, status: s.status }, saved: { en: s.en, status: s.status } }])),
  );
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const { refusal, refuse, clear } = useRefusal();
  const api = `/api/v1/releases/${encodeURIComponent(slug)}`;
  const dirty = segments.filter((s) => !same(rows[s.id].draft, rows[s.id].saved)).map((s) => s.id);
  const savable = dirty.filter((id) => !draftProblem(rows[id].draft));
  const counts = Object.fromEntries(STATUSES.map((s) => [s, segments.filter((seg) => rows[seg.id].saved.status === s).length])) as Record<Draft['status'], number>;

  /** Sends a change and, if the server takes it, holds the version it answers with. */
  async function send<T extends { version: string }>(path: string, body: object): Promise<T | null> {
    if (pending) return null;
    setPending(true);
    clear();
    setStatus('');
    const answer = await sendJson<T>(path, 'PATCH', { version, ...body });
    setPending(false);
    if (!answer.ok) {
      refuse(answer);
      return null;
    }
    setVersion(answer.body.version);
    return answer.body;
  }

  async function save(ids: string[]) {
    const changes = ids.map((id) => ({ id, en: rows[id].draft.en.trim(), status: rows[id].draft.status }));
    const one = changes.length === 1;
    const body = one
      ? await send<{ version: string; segment: Saved['segments'][number] }>(`${api}/segments/${encodeURIComponent(changes[0].id)}`, {
          en: changes[0].en,
          status: changes[0].status,
        })
      : await send<Saved>(`${api}/segments`, { segments: changes });
    if (!body) return;
    const saved = 'segment' in body ? [body.segment] : body.segments;
    setRows((current) => ({ ...current, ...Object.fromEntries(saved.map((s) => [s.id, { draft: { en: s.en, status: s.status }, saved: { en: s.en, status: s.status } }])) }));
    setStatus(one ? t('saved', { id: changes[0].id }) : t('savedAll', { count: changes.length }));
  }

  const saveCredits = async (translation: Credits) => Boolean(await send(`${api}/english`, { translation }));

  return (
    <>
      <CreditsForm initial={credits} onSave={saveCredits} />
      <section className={styles.section} aria-labelledby="segments-heading">
        <h2 id="segments-heading">{t('translateHeading')}</h2>
        <p className={styles.muted}>{t('translateIntro')}</p>
        <div className={styles.bar}>
          <p>{t('counts', counts)}</p>
          <button type="button" className={`${styles.button} ${styles.primary}`} aria-disabled={!savable.length || pending} onClick={() => savable.length && save(savable)}>
            {pending ? t('saving') : t('saveAll', { count: savable.length })}
          </button>
        </div>
        <p role="status" className={styles.message}>
          {status}
        </p>
        <RefusalMessage refusal={refusal} />
        <ol className={styles.segments}>
          {segments.map((s) => {
            const row = rows[s.id];
            const official =
              officialParagraphs && s.officialParagraphs.length
                ? { numbers: s.officialParagraphs.map((p) => p + 1), text: s.officialParagraphs.map((p) => officialParagraphs[p]).join(' ') }
                : null;
            return (
              <SegmentEditor
                key={s.id}
                id={s.id}
                zh={s.zh}
                zhLang={zhLang}
                official={official}
                draft={row.draft}
                dirty={!same(row.draft, row.saved)}
                onChange={(draft) => setRows((current) => ({ ...current, [s.id]: { ...current[s.id], draft } }))}
                onSave={() => !same(row.draft, row.saved) && !draftProblem(row.draft) && save([s.id])}
              />
            );
          })}
        </ol>
      </section>
    </>
  );
}
