'use client';

import { useTranslations } from 'next-intl';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { MAX_ENGLISH_HTML, MAX_ENGLISH_TEXT } from '@/lib/english/schema';
import { sendJson } from './request';
import styles from './english.module.css';

// The official English to align: pasted (one paragraph a line) or uploaded (text, or the HTML
// page itself, whose article the server extracts), with its address and publisher. A success
// reloads the page onto the proposal, which the server keeps.

type Prefill = { text: string; url: string; publisher: { zh: string; en: string } };
type Props = { slug: string; zhLang: string; prefill: Prefill; replaces: boolean };

const isHtml = (name: string, text: string) => /\.html?$/i.test(name) || /^\s*(?:<!doctype html|<html)/i.test(text);

type Field = 'text' | 'url';
type Check = { field: Field; key: 'alignEmpty' | 'alignTooLong' | 'alignFileTooLarge' | 'alignUrlScheme' };

/** What the server would refuse, found before sending so it can be said beside its field in the UI's language. */
function checkInput(text: string, html: string | null, url: string): Check | null {
  if (html !== null && html.length > MAX_ENGLISH_HTML) return { field: 'text', key: 'alignFileTooLarge' };
  if (html === null && !text.split('\n').some((line) => line.trim())) return { field: 'text', key: 'alignEmpty' };
  if (html === null && text.length > MAX_ENGLISH_TEXT) return { field: 'text', key: 'alignTooLong' };
  if (!/^https?:\/\//i.test(url.trim())) return { field: 'url', key: 'alignUrlScheme' };
  return null;
}

export function AlignForm({ slug, zhLang, prefill, replaces }: Props) {
  const t = useTranslations('English');
  const router = useRouter();
  const [text, setText] = useState(prefill.text);
  const [html, setHtml] = useState<string | null>(null);
  const [loaded, setLoaded] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState('');
  const [invalid, setInvalid] = useState<{ field: Field; message: string } | null>(null);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    const page = isHtml(file.name, content);
    // A page is sent whole for the server to extract; text goes into the box to be checked.
    setHtml(page ? content : null);
    if (!page) setText(content);
    setLoaded(t('fileLoaded', { name: file.name, kind: page ? 'html' : 'text' }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    setProblem('');
    const check = checkInput(text, html, value('url'));
    setInvalid(check && { field: check.field, message: t(check.key, { text: MAX_ENGLISH_TEXT, html: MAX_ENGLISH_HTML / 1_000_000 }) });
    if (check) return document.getElementById(check.field === 'url' ? 'official-url' : 'official-text')?.focus();
    setPending(true);
    const answer = await sendJson(`/api/v1/releases/${encodeURIComponent(slug)}/english/official`, 'POST', {
      ...(html !== null ? { html } : { text }),
      url: value('url'),
      publisher: { zh: value('publisherZh'), en: value('publisherEn') },
    });
    setPending(false);
    if (!answer.ok) return setProblem(answer.status === 0 ? t('networkError') : t('failed', { message: answer.message }));
    router.replace(`/releases/${slug}/english?aligned=1`);
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-describedby="align-intro">
      <p id="align-intro" className={styles.muted}>
        {t('alignIntro')} {replaces && t('alignAgainWarning')}
      </p>
      <div className={styles.field}>
        <label htmlFor="official-text">{t('englishText')}</label>
        <textarea
          id="official-text"
          lang="en"
          value={text}
          required={html === null}
          rows={12}
          aria-invalid={invalid?.field === 'text' || undefined}
          aria-describedby={invalid?.field === 'text' ? 'official-text-problem' : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setHtml(null);
            setLoaded('');
          }}
        />
        {invalid?.field === 'text' && (
          <p id="official-text-problem" className={`${styles.message} ${styles.problem}`}>
            {invalid.message}
          </p>
        )}
      </div>
      <div className={styles.field}>
        <label htmlFor="official-file">{t('englishFile')}</label>
        <input id="official-file" type="file" accept=".txt,.htm,.html,text/plain,text/html" onChange={upload} />
        <p role="status" className={styles.muted}>
          {loaded}
        </p>
      </div>
      <div className={styles.field}>
        <label htmlFor="official-url">{t('url')}</label>
        <input
          id="official-url"
          name="url"
          type="url"
          required
          defaultValue={prefill.url}
          aria-invalid={invalid?.field === 'url' || undefined}
          aria-describedby={invalid?.field === 'url' ? 'official-url-problem' : undefined}
        />
        {invalid?.field === 'url' && (
          <p id="official-url-problem" className={`${styles.message} ${styles.problem}`}>
            {invalid.message}
          </p>
        )}
      </div>
      <div className={styles.pair}>
        <div className={styles.field}>
          <label htmlFor="official-publisher-zh">{t('publisherZh')}</label>
          <input id="official-publisher-zh" name="publisherZh" lang={zhLang} required defaultValue={prefill.publisher.zh} />
        </div>
        <div className={styles.field}>
          <label htmlFor="official-publisher-en">{t('publisherEn')}</label>
          <input id="official-publisher-en" name="publisherEn" lang="en" required defaultValue={prefill.publisher.en} />
        </div>
      </div>
      <div>
        <button type="submit" className={`${styles.button} ${styles.primary}`} aria-disabled={pending}>
          {pending ? t('aligning') : t('align')}
        </button>
      </div>
      {problem && (
        <p role="alert" className={`${styles.message} ${styles.problem}`}>
          {problem}
        </p>
      )}
    </form>
  );
}
