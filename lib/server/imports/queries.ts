import 'server-only';
import { db } from '@/lib/server/db';
import { draftNotFound } from './refusal';
import { draftSummary, draftView, type DraftSummary, type DraftView } from './view';

/** One of the owner's drafts; another editor's is not found, as if it did not exist. */
export async function getImport(ownerId: string, id: string): Promise<DraftView> {
  const row = await db.importDraft.findFirst({ where: { id, ownerId } });
  if (!row) throw draftNotFound(id);
  return draftView(row);
}

/** The owner's drafts, last changed first. */
export async function listImports(ownerId: string): Promise<DraftSummary[]> {
  const rows = await db.importDraft.findMany({ where: { ownerId }, orderBy: { updatedAt: 'desc' } });
  return rows.map(draftSummary);
}
