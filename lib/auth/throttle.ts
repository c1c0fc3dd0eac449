/**
 * A backoff on failed sign-ins that slows guessing without locking anyone out: after a few free
 * failures, each further attempt must wait twice as long as the last (capped), and an attempt
 * after the wait is judged on its password like any other. Counted per account (so rotating
 * addresses buys an attacker nothing) and per client address (so one address cannot spray many
 * accounts), the address leniently: an office behind one address shares it.
 */
export type Backoff = { free: number; baseMs: number; maxMs: number; forgetMs: number };

export const ACCOUNT_BACKOFF: Backoff = { free: 5, baseMs: 2_000, maxMs: 60_000, forgetMs: 24 * 3_600_000 };
export const ADDRESS_BACKOFF: Backoff = { free: 20, baseMs: 2_000, maxMs: 60_000, forgetMs: 3_600_000 };

export type Failures = { failures: number; lastFailure: number };

/** How long an attempt must still wait (ms), given the failures so far; 0 when it may go ahead. */
export function waitMs(state: Failures | null, now: number, backoff: Backoff): number {
  if (!state || state.failures < backoff.free || now - state.lastFailure > backoff.forgetMs) return 0;
  const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (state.failures - backoff.free));
  return Math.max(0, state.lastFailure + delay - now);
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;
