'use client';

import { useState, type FormEvent } from 'react';

type Labels = Record<'delete' | 'deleteIntro' | 'password' | 'deleteConfirm' | 'deleted' | 'failed', string>;

/** Deleting the account, confirmed with the password; then the reader is taken home, signed out. */
export function DeleteAccount({ home, labels }: { home: string; labels: Labels }) {
  const [status, setStatus] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = new FormData(event.currentTarget).get('password');
    const response = await fetch('/api/v1/me', {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password }),
    });
    if (!response.ok) return setStatus(labels.failed);
    setStatus(labels.deleted);
    window.location.assign(home);
  }
  return (
    <section aria-labelledby="delete-heading" className="account-section danger">
      <h2 id="delete-heading">{labels.delete}</h2>
      <p>{labels.deleteIntro}</p>
      <form onSubmit={submit}>
        <label htmlFor="delete-password">{labels.password}</label>
        <input id="delete-password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit">{labels.deleteConfirm}</button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
