'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { DEFAULT_MAX_BYTES } from '@/lib/import/limits';
import { createImport, type Refusal } from './api';
import styles from './import.module.css';

type Field = 'file' | 'sourceUrl';
type UploadError = 'nothing' | 'both' | 'tooLarge' | 'BINARY' | 'UNDECODABLE' | 'EMPTY' | 'NOT_CHINESE' | 'NO_ARTICLE' | 'sourceUrl' | 'forbidden' | 'signedOut' | 'failed';

const IMPORTER_REASONS = new Set<string>(['BINARY', 'UNDECODABLE', 'EMPTY', 'NOT_CHINESE', 'NO_ARTICLE']);
const webAddress = (value: string) => /^https?:\/\//i.test(value) && URL.canParse(value);

/** Which message a refusal of the API gets, and the field it is about. */
function refusalError(refusal: Refusal): UploadError {
  if (refusal.reason && IMPORTER_REASONS.has(refusal.reason)) return refusal.reason as UploadError;
  if (refusal.status === 413) return 'tooLarge';
  if (refusal.status === 415) return 'BINARY';
  if (refusal.status === 401) return 'signedOut';
  if (refusal.status === 403) return 'forbidden';
  return refusal.message.startsWith('sourceUrl:') ? 'sourceUrl' : 'failed';
}

/**
 * Upload a file or paste text, with the page it came from. What the browser can tell (no input,
 * both, over 5 MB, an address that is no web address) is said before anything is sent; the rest
 * comes back from the importer. Each message stands by its field, is announced, and takes the focus.
 */
export function NewImport() {
  const t = useTranslations('Import');
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  const paste = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<{ field: Field; code: UploadError } | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (field: Field, code: UploadError) => {
    setError({ field, code });
    setBusy(false);
    (field === 'file' ? fileInput : urlInput).current?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const text = paste.current?.value ?? '';
    const sourceUrl = urlInput.current?.value.trim() ?? '';
    if (!file && !text.trim()) return fail('file', 'nothing');
    if (file && text.trim()) return fail('file', 'both');
    if (file && file.size > DEFAULT_MAX_BYTES) return fail('file', 'tooLarge');
    if (sourceUrl && !webAddress(sourceUrl)) return fail('sourceUrl', 'sourceUrl');
    setBusy(true);
    setError(null);
    const answer = await createImport(file ?? text, { fileName: file?.name, sourceUrl });
    if (!answer.ok) {
      const code = refusalError(answer.refusal);
      return fail(code === 'sourceUrl' ? 'sourceUrl' : 'file', code);
    }
    router.push(`/import/${answer.value.import.id}`);
  }

  const errorFor = (field: Field) =>
    error?.field === field ? (
      <p id={`${id}-${field}-error`} className={styles.error} role="alert">
        {t(`uploadErrors.${error.code}`)}
      </p>
    ) : null;
  const described = (field: Field, hint: string) => [hint, error?.field === field && `${id}-${field}-error`].filter(Boolean).join(' ');

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.panel}>
      <h2 id={`${id}-heading`}>{t('newHeading')}</h2>
      <form onSubmit={submit} className={styles.form} noValidate aria-busy={busy}>
        <div className={styles.field}>
          <label htmlFor={`${id}-file`}>{t('file')}</label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".txt,.text,.htm,.html,text/plain,text/html"
            aria-describedby={described('file', `${id}-file-hint`)}
            aria-invalid={error?.field === 'file'}
            onChange={() => setError(null)}
          />
          <p id={`${id}-file-hint`} className="hint">
            {t('fileHint')}
          </p>
          {errorFor('file')}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-paste`}>{t('paste')}</label>
          <textarea ref={paste} id={`${id}-paste`} name="text" rows={6} lang="zh" className={styles.paste} />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-url`}>{t('sourceUrl')}</label>
          <input
            ref={urlInput}
            id={`${id}-url`}
            name="sourceUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            lang="en"
            aria-describedby={described('sourceUrl', `${id}-url-hint`)}
            aria-invalid={error?.field === 'sourceUrl'}
          />
          <p id={`${id}-url-hint`} className="hint">
            {t('sourceUrlHint')}
          </p>
          {errorFor('sourceUrl')}
        </div>
        <button type="submit" className={styles.submit} disabled={busy}>
          {busy ? t('importing') : t('submit')}
        </button>
      </form>
    </section>
  );
}
