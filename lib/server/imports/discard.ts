import 'server-only';
import { db } from '@/lib/server/db';
import { draftNotFound } from './refusal';

/** Discards one of the owner's drafts; a release published from it stays. */
export async function discardImport(ownerId: string, id: string): Promise<void> {
  const { count } = await db.importDraft.deleteMany({ where: { id, ownerId } });
  if (!count) throw draftNotFound(id);
}
