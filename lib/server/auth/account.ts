import 'server-only';
import { userTag } from '@/lib/cache/tags';
import { bumpTags } from '@/lib/db/view-versions';
import { DomainError } from '@/lib/errors';
import { db, write } from '@/lib/server/db';
import { publicTermTags } from '@/lib/server/glossary/invalidation';
import { auth } from './index';
import type { Viewer } from './viewer';

/**
 * Deletes the reader's account after checking their password: their sessions, tokens, imports
 * and every note they wrote go with it, shared ones too (a reader's words are theirs to take
 * back; other readers' pages drop them at once). A curated entry's history keeps the edit and
 * forgets who made it.
 */
export async function deleteAccount(viewer: Viewer, password: string, headers: Headers): Promise<void> {
  const shared = await db.note.findMany({ where: { authorId: viewer.id, visibility: 'shared' }, distinct: ['termKey'], select: { termKey: true } });
  const tags = await publicTermTags(shared.map((n) => n.termKey));
  try {
    await auth.api.deleteUser({ body: { password }, headers });
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 400 || status === 401) throw new DomainError('forbidden', 'password: that is not this account’s password');
    throw error;
  }
  await write((tx) => bumpTags(tx, [userTag(viewer.id), ...tags]));
}
