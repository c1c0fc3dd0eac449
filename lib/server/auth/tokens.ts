import 'server-only';
import { parseRole } from '@/lib/auth/role';
import { newToken, tokenHash } from '@/lib/auth/tokens';
import { notFound } from '@/lib/errors';
import { db } from '@/lib/server/db';
import type { Viewer } from './viewer';

export type TokenView = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

const view = (t: { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null }): TokenView => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

/** A new token for the reader; the token itself is in this answer only. */
export async function createToken(userId: string, name: string): Promise<TokenView & { token: string }> {
  const { token, hash, prefix } = newToken();
  const row = await db.apiToken.create({ data: { userId, name, hash, prefix } });
  return { ...view(row), token };
}

export async function listTokens(userId: string): Promise<TokenView[]> {
  return (await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } })).map(view);
}

/** Revokes one of the reader's tokens at once; another reader's token is not found. */
export async function revokeToken(userId: string, id: string): Promise<void> {
  const { count } = await db.apiToken.deleteMany({ where: { id, userId } });
  if (!count) throw notFound(`No token with id "${id}"`);
}

// A token's last use is recorded at most once a minute: reads should not each cost a write.
const TOUCH_MS = 60_000;

/** The reader a token speaks for, or null for a token that is unknown or revoked. */
export async function tokenViewer(token: string): Promise<Viewer | null> {
  const row = await db.apiToken.findUnique({ where: { hash: tokenHash(token) }, include: { user: { select: { id: true, name: true, email: true, role: true } } } });
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_MS) await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  const { id, name, email, role } = row.user;
  return { id, name, email, role: parseRole(role), via: 'token' };
}
