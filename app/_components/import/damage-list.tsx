'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { DamageAction } from '@/lib/drafts/damage';
import type { ReportSpot } from '@/lib/drafts/report';
import type { Refusal } from './api';
import { damageInputId } from './fields';
import styles from './import.module.css';

type Props = {
  damage: ReportSpot[];
  lang: string;
  readOnly: boolean;
  decide: (action: DamageAction) => Promise<unknown>;
};

const isRefusal = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'status' in value && 'code' in value;

/** Each damaged spot in its context, with the two ways out: type the restored text, or keep it as it is and say why. */
export function DamageList({ damage, lang, readOnly, decide }: Props) {
  const t = useTranslations('Import');
  const open = damage.filter((s) => !s.resolution).length;
  return (
    <section aria-labelledby="damage-heading" className={styles.panel}>
      <h2 id="damage-heading">{t('damageHeading')}</h2>
      {damage.length === 0 ? (
        <p>{t('noDamage')}</p>
      ) : (
        <>
          <p className="hint">{t('damageIntro')}</p>
          <p className={styles.count}>{t('damageLeft', { count: open })}</p>
          <ol className={styles.spots}>
            {damage.map((spot, index) => (
              <Spot key={index} spot={spot} index={index} lang={lang} readOnly={readOnly} decide={decide} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Spot({ spot, index, lang, readOnly, decide }: { spot: ReportSpot; index: number; lang: string; readOnly: boolean; decide: Props['decide'] }) {
  const t = useTranslations('Import');
  const [error, setError] = useState<{ input: 'restored' | 'keep'; text: string } | null>(null);
  const where =
    'segment' in spot.where ? t('whereSegment', { id: spot.where.segment }) : 'speaker' in spot.where ? t('whereSpeaker', { key: spot.where.speaker }) : t('whereTitle');

  async function submit(event: FormEvent<HTMLFormElement>, input: 'restored' | 'keep') {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = String(data.get('text') ?? '').trim();
    const reason = String(data.get('reason') ?? '').trim();
    const fail = (message: string) => {
      setError({ input, text: message });
      document.getElementById(damageInputId(index, input))?.focus();
    };
    if (input === 'restored' && !text) return fail(t('damageErrors.restoredRequired'));
    if (input === 'keep' && !reason) return fail(t('damageErrors.reasonRequired'));
    setError(null);
    const action: DamageAction = input === 'restored' ? { spot: index, action: 'repair', restored: text, ...(reason && { reason }) } : { spot: index, action: 'accept', reason };
    const answer = await decide(action);
    if (isRefusal(answer)) fail(answer.reason === 'damage_gone' ? t('damageErrors.damage_gone') : t('damageErrors.failed', { message: answer.message }));
  }

  const errorFor = (input: 'restored' | 'keep') =>
    error?.input === input ? (
      <p id={`${damageInputId(index, input)}-error`} className={styles.error} role="alert">
        {error.text}
      </p>
    ) : null;
  const described = (input: 'restored' | 'keep', hint?: string) => [hint, error?.input === input && `${damageInputId(index, input)}-error`].filter(Boolean).join(' ') || undefined;

  return (
    <li className={styles.spot}>
      <h3 id={`spot-${index}-heading`} className={styles.spotHeading}>
        {t('spot', { n: index + 1 })}: {t('spotWhere', { line: spot.line, column: spot.column, where })}
      </h3>
      <p lang={lang} className={styles.context}>
        …{spot.before}
        <mark>{spot.text}</mark>
        {spot.after}…
      </p>
      {spot.resolution ? (
        <p className={styles.decided}>
          {spot.resolution.action === 'repaired'
            ? t.rich('repairedAs', { text: spot.resolution.restored, reason: spot.resolution.reason, zh: (chunks) => <span lang={lang}>{chunks}</span> })
            : t('acceptedWhy', { reason: spot.resolution.reason })}{' '}
          {!readOnly && (
            <button type="button" className={styles.button} onClick={() => decide({ spot: index, action: 'reopen' })} aria-label={`${t('reopen')}: ${t('spot', { n: index + 1 })}`}>
              {t('reopen')}
            </button>
          )}
        </p>
      ) : (
        <div className={styles.decide}>
          <form onSubmit={(e) => submit(e, 'restored')} noValidate>
            <div className={styles.field}>
              <label htmlFor={damageInputId(index, 'restored')}>{t('restored')}</label>
              <input
                id={damageInputId(index, 'restored')}
                name="text"
                lang={lang}
                readOnly={readOnly}
                aria-describedby={described('restored', `${damageInputId(index, 'restored')}-hint`)}
                aria-invalid={error?.input === 'restored' ? true : undefined}
              />
              <p id={`${damageInputId(index, 'restored')}-hint`} className="hint">
                {t('restoredHint')}
              </p>
              {errorFor('restored')}
            </div>
            <div className={styles.field}>
              <label htmlFor={`${damageInputId(index, 'restored')}-reason`}>{t('repairReason')}</label>
              <input id={`${damageInputId(index, 'restored')}-reason`} name="reason" lang="en" readOnly={readOnly} />
            </div>
            <button type="submit" className={styles.button} disabled={readOnly}>
              {t('repair')}
            </button>
          </form>
          <form onSubmit={(e) => submit(e, 'keep')} noValidate>
            <div className={styles.field}>
              <label htmlFor={damageInputId(index, 'keep')}>{t('keepReason')}</label>
              <input
                id={damageInputId(index, 'keep')}
                name="reason"
                lang="en"
                readOnly={readOnly}
                aria-describedby={described('keep')}
                aria-invalid={error?.input === 'keep' ? true : undefined}
              />
              {errorFor('keep')}
            </div>
            <button type="submit" className={styles.button} disabled={readOnly}>
              {t('accept')}
            </button>
          </form>
        </div>
      )}
    </li>
  );
}
