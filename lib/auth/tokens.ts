import { createHash, randomBytes } from 'node:crypto';

// Personal API tokens: `dz_` and 43 characters of randomness; only their SHA-256 is stored.
const PREFIX = 'dz_';
const TOKEN = /^dz_[A-Za-z0-9_-]{43}$/;

export function newToken(): { token: string; hash: string; prefix: string } {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: tokenHash(token), prefix: token.slice(0, 10) };
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The token of an `Authorization: Bearer …` header, if it is one of ours; a header a cross-site page cannot send. */
export function bearerToken(header: string | null): string | null {
  const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  return token && TOKEN.test(token) ? token : null;
}
