'use client';

import { useState, type FormEvent } from 'react';
import type { TokenView } from '@/lib/server/auth/tokens';

type Labels = Record<
  'tokens' | 'tokensIntro' | 'tokenName' | 'createToken' | 'tokenCreated' | 'noTokens' | 'created' | 'lastUsed' | 'never' | 'revoke' | 'revoked' | 'failed',
  string
>;

const send = (path: string, method: string, body?: unknown) =>
  fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** The reader's API tokens: each made token is shown once; any can be revoked at once. */
export function AccountTokens({ initial, locale, labels }: { initial: TokenView[]; locale: string; labels: Labels }) {
  const [tokens, setTokens] = useState(initial);
  const [fresh, setFresh] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString(locale) : labels.never);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = new FormData(form).get('name');
    const response = await send('/api/v1/me/tokens', 'POST', { name });
    if (!response.ok) return setStatus(labels.failed);
    const made = (await response.json()) as TokenView & { token: string };
    setFresh(made.token);
    setTokens([made, ...tokens]);
    setStatus('');
    form.reset();
  }

  async function revoke(id: string) {
    const response = await send(`/api/v1/me/tokens/${encodeURIComponent(id)}`, 'DELETE');
    if (!response.ok) return setStatus(labels.failed);
    setTokens(tokens.filter((t) => t.id !== id));
    setStatus(labels.revoked);
  }

  return (
    <section aria-labelledby="tokens-heading" className="account-section">
      <h2 id="tokens-heading">{labels.tokens}</h2>
      <p>{labels.tokensIntro}</p>
      <form onSubmit={create} className="token-form">
        <label htmlFor="token-name">{labels.tokenName}</label>
        <input id="token-name" name="name" required maxLength={60} />
        <button type="submit">{labels.createToken}</button>
      </form>
      {fresh && (
        <p className="token-fresh" role="status">
          {labels.tokenCreated} <code>{fresh}</code>
        </p>
      )}
      <p role="status" className="token-status">
        {status}
      </p>
      {tokens.length === 0 ? (
        <p>{labels.noTokens}</p>
      ) : (
        <ul className="token-list">
          {tokens.map((t) => (
            <li key={t.id}>
              <strong>{t.name}</strong> <code>{t.prefix}…</code> · {labels.created} {date(t.createdAt)} · {labels.lastUsed} {date(t.lastUsedAt)}{' '}
              <button type="button" onClick={() => revoke(t.id)} aria-label={`${labels.revoke}: ${t.name}`}>
                {labels.revoke}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
