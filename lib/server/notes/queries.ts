import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { noteNotFound } from '@/lib/notes/errors';
import { noteView, revisionViews, type NoteView, type RevisionView } from '@/lib/notes/view';
import { db } from '@/lib/server/db';
import { visibleNotesWhere, withAuthor, type NoteViewer } from './visibility';

export type { NoteViewer };

export type NoteFilter = { termKey?: string; termKeys?: readonly string[]; authorId?: string };

/** Notes the viewer may read, newest first. */
export async function listNotes(viewer: NoteViewer | null, filter: NoteFilter = {}): Promise<NoteView[]> {
  const where: Prisma.NoteWhereInput[] = [visibleNotesWhere(viewer)];
  if (filter.termKey !== undefined) where.push({ termKey: filter.termKey });
  if (filter.termKeys) where.push({ termKey: { in: [...filter.termKeys] } });
  if (filter.authorId !== undefined) where.push({ authorId: filter.authorId });
  const notes = await db.note.findMany({ where: { AND: where }, include: withAuthor, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return notes.map((n) => noteView(n, viewer?.id));
}

/**
 * A note with its earlier versions, newest first. Others see only the versions that were shared:
 * a note made public later does not expose what it said while private.
 */
export async function getNoteHistory(viewer: NoteViewer | null, id: string): Promise<{ note: NoteView; revisions: RevisionView[] }> {
  const note = await db.note.findFirst({ where: { AND: [{ id }, visibleNotesWhere(viewer)] }, include: withAuthor });
  if (!note) throw noteNotFound(id);
  const rows = await db.noteRevision.findMany({
    where: { noteId: id },
    include: { editor: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const mine = note.authorId === viewer?.id;
  const revisions = revisionViews(note, rows).filter((r) => mine || r.visibility === 'shared');
  return { note: noteView(note, viewer?.id), revisions: revisions.reverse() };
}
