import { expect, test } from 'vitest';
import { bearerToken, newToken, tokenHash } from './tokens';

test('a new token is random, and only its hash and a short prefix are kept', () => {
  const a = newToken();
  const b = newToken();
  expect(a.token).not.toBe(b.token);
  expect(a.hash).toBe(tokenHash(a.token));
  expect(a.hash).not.toContain(a.token.slice(3));
  expect(a.token.startsWith(a.prefix)).toBe(true);
  expect(a.prefix.length).toBeLessThan(12);
});

test.each([
  ['Bearer <token>', (t: string) => `Bearer ${t}`, true],
  ['lower-case scheme', (t: string) => `bearer ${t}`, true],
  ['another scheme', (t: string) => `Basic ${t}`, false],
  ['a session token', () => 'Bearer abc.def', false],
  ['nothing', () => '', false],
])('%s', (_, header, ours) => {
  const { token } = newToken();
  expect(bearerToken(header(token))).toBe(ours ? token : null);
});
