import { describe, expect, test } from 'vitest';
import { ACCOUNT_BACKOFF, accountKey, waitMs } from './throttle';

describe('waitMs', () => {
  const b = ACCOUNT_BACKOFF;
  test.each([
    ['no failures', null, 0, 0],
    ['under the free failures', { failures: 4, lastFailure: 0 }, 0, 0],
    ['the first wait after the free ones', { failures: 5, lastFailure: 0 }, 500, 1_500],
    ['the wait doubles with each failure', { failures: 7, lastFailure: 0 }, 0, 8_000],
    ['and stops doubling at the cap', { failures: 40, lastFailure: 0 }, 0, 60_000],
    ['an attempt after the wait goes ahead', { failures: 7, lastFailure: 0 }, 8_000, 0],
    ['old failures are forgotten', { failures: 40, lastFailure: 0 }, b.forgetMs + 1, 0],
  ] as const)('%s', (_, state, now, wait) => {
    expect(waitMs(state, now, b)).toBe(wait);
  });

  test('an account is one key however its email is typed', () => {
    expect(accountKey(' Reader@Example.org ')).toBe(accountKey('reader@example.org'));
  });
});
