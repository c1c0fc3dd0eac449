'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState, type InputHTMLAttributes } from 'react';
import { signIn, signUp, type CredentialsState } from './actions';
import styles from './auth.module.css';

type Props = { mode: 'sign-in' | 'sign-up'; locale: string; next: string | null };

/**
 * The sign-in and sign-up form. A plain form posting to a server action: without JavaScript the
 * page reloads with the same errors. The browser's own validation is off (noValidate) so that every
 * message comes from the server, in the interface language.
 */
export function CredentialsForm({ mode, locale, next }: Props) {
  const t = useTranslations('Auth');
  const [state, action, pending] = useActionState<CredentialsState, FormData>(mode === 'sign-in' ? signIn : signUp, null);
  // Held here, so a form refused for another field (React resets the form after an action) keeps
  // it; a wrong password is cleared. It is never sent back by the server.
  const [password, setPassword] = useState('');
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state?.outcome === 'credentials' || state?.issues.password) setPassword('');
  }
  const issue = (field: 'name' | 'email' | 'password') => {
    const code = state?.issues[field];
    return code ? t(`errors.${code}`) : undefined;
  };
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {state?.outcome && (
        <p role="alert" className={styles.alert}>
          {t(`errors.${state.outcome}`)}
        </p>
      )}
      {mode === 'sign-up' && (
        <Field label={t('name')} hint={t('nameHint')} error={issue('name')} name="name" type="text" autoComplete="nickname" defaultValue={state?.values.name} />
      )}
      <Field label={t('email')} error={issue('email')} name="email" type="email" autoComplete="email" defaultValue={state?.values.email} />
      <Field
        label={t('password')}
        hint={mode === 'sign-up' ? t('passwordHint') : undefined}
        error={issue('password')}
        name="password"
        type="password"
        autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" className={styles.submit} disabled={pending}>
        {mode === 'sign-in' ? t('signInSubmit') : t('signUpSubmit')}
      </button>
    </form>
  );
}

type FieldProps = { label: string; hint?: string; error?: string; name: string } & InputHTMLAttributes<HTMLInputElement>;

function Field({ label, hint, error, name, ...input }: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      <input id={id} name={name} required aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
