'use client';

import { useTranslations } from 'next-intl';
import type { InputHTMLAttributes } from 'react';
import { fieldInputId } from './fields';
import type { DraftSectionProps } from './use-draft';
import styles from './import.module.css';

type FieldProps = { field: string; label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>;

/** One labelled input, its hint and its error tied to it (aria-describedby), marked invalid while it has one. */
function Field({ field, label, hint, error, ...input }: FieldProps) {
  const id = fieldInputId(field);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={described} aria-invalid={error ? true : undefined} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The release's own fields (title, date, issuer, source, slug) and its speakers' names. */
export function MetaFields({ release, lang, readOnly, errors, edit }: DraftSectionProps) {
  const t = useTranslations('Import');
  const pair = (key: 'title' | 'issuer', side: 'zh' | 'en') => ({
    field: `${key}.${side}`,
    value: release[key][side],
    maxLength: 1_000,
    lang: side === 'zh' ? lang : 'en',
    error: errors[`${key}.${side}`],
    readOnly,
    onChange: (e: { target: { value: string } }) => edit((r) => ({ ...r, [key]: { ...r[key], [side]: e.target.value } })),
  });
  const plain = (key: 'date' | 'slug' | 'sourceUrl') => ({
    field: key,
    value: release[key] ?? '',
    maxLength: { date: 40, slug: 200, sourceUrl: 2_000 }[key],
    lang: 'en',
    error: errors[key],
    readOnly,
    onChange: (e: { target: { value: string } }) => edit((r) => ({ ...r, [key]: key === 'sourceUrl' && !e.target.value ? null : e.target.value })),
  });
  const speaker = (key: string, side: 'zh' | 'en') => ({
    field: `speakers.${key}.${side}`,
    value: release.speakers[key][side],
    maxLength: 1_000,
    lang: side === 'zh' ? lang : 'en',
    error: errors[`speakers.${key}.${side}`],
    readOnly,
    onChange: (e: { target: { value: string } }) => edit((r) => ({ ...r, speakers: { ...r.speakers, [key]: { ...r.speakers[key], [side]: e.target.value } } })),
  });
  return (
    <section aria-labelledby="meta-heading" className={styles.panel}>
      <h2 id="meta-heading">{t('metaHeading')}</h2>
      <div className={styles.grid}>
        <Field label={t('titleZh')} {...pair('title', 'zh')} />
        <Field label={t('titleEn')} {...pair('title', 'en')} />
        <Field label={t('issuerZh')} {...pair('issuer', 'zh')} />
        <Field label={t('issuerEn')} {...pair('issuer', 'en')} />
        <Field label={t('date')} hint={t('dateHint')} inputMode="numeric" placeholder="YYYY-MM-DD" {...plain('date')} />
        <Field label={t('slug')} hint={t('slugHint')} spellCheck={false} {...plain('slug')} />
        <Field label={t('sourceUrl')} type="url" inputMode="url" {...plain('sourceUrl')} />
      </div>
      {Object.keys(release.speakers).length > 0 && (
        <>
          <h3>{t('speakersHeading')}</h3>
          {Object.keys(release.speakers).map((key) => (
            <fieldset key={key} className={styles.speaker}>
              <legend>{t('speakerGroup', { key })}</legend>
              <Field label={t('speakerZh')} {...speaker(key, 'zh')} />
              <Field label={t('speakerEn')} {...speaker(key, 'en')} />
            </fieldset>
          ))}
        </>
      )}
    </section>
  );
}
