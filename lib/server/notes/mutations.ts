import 'server-only';
import { userTag } from '@/lib/cache/tags';
import type { Tx } from '@/lib/db/client';
import { bumpTags } from '@/lib/db/view-versions';
import { parseInput } from '@/lib/errors';
import { notAuthor, noteNotFound, rateLimited } from '@/lib/notes/errors';
import { noteInputSchema, notePatchSchema } from '@/lib/notes/schema';
import { noteView, type NoteView } from '@/lib/notes/view';
import { write } from '@/lib/server/db';
import { publicTermTags } from '@/lib/server/glossary/invalidation';
import { termKey } from '@/lib/terms/key';
import { takeNoteWriteSlot } from './rate-limit';
import { visibleNotesWhere, withAuthor, type NoteViewer } from './visibility';

type Side = { termKey: string; visibility: string } | null;

/**
 * Runs a note write that takes the note from `before` to `after` and bumps what it changes for
 * cached views: always the author's overlay; for a note shared before or after, its public term
 * (see publicTermTags). A private note changes nothing anyone else sees.
 */
async function changing<T>(tx: Tx, author: string, before: Side, after: Side, run: () => Promise<T>): Promise<T> {
  const result = await run();
  const shared = [...new Set([before, after].flatMap((s) => (s?.visibility === 'shared' ? [s.termKey] : [])))];
  await bumpTags(tx, [userTag(author), ...(await publicTermTags(shared))]);
  return result;
}

async function findOwn(tx: Tx, viewer: NoteViewer, id: string) {
  const note = await tx.note.findFirst({ where: { AND: [{ id }, visibleNotesWhere(viewer)] }, include: withAuthor });
  if (!note) throw noteNotFound(id);
  if (note.authorId !== viewer.id) throw notAuthor();
  return note;
}

/** A new note by `viewer` (the author's name is the viewer's: no read of it in the write). */
export async function createNote(viewer: NoteViewer & { name: string }, input: unknown): Promise<NoteView> {
  const data = parseInput(noteInputSchema, input);
  const note = await write(async (tx) => {
    if (!(await takeNoteWriteSlot(tx, viewer.id))) throw rateLimited();
    const after = { termKey: termKey(data.term), visibility: data.visibility };
    return changing(tx, viewer.id, null, after, () => tx.note.create({ data: { ...data, termKey: after.termKey, authorId: viewer.id } }));
  });
  return noteView({ ...note, author: { id: viewer.id, name: viewer.name } }, viewer.id);
}

/** The author's edit; the version it replaces is kept as a revision in the same transaction. An edit that changes nothing writes nothing. */
export async function updateNote(viewer: NoteViewer, id: string, patch: unknown): Promise<NoteView> {
  const changes = parseInput(notePatchSchema, patch);
  const note = await write(async (tx) => {
    const current = await findOwn(tx, viewer, id);
    const previous = { term: current.term, body: current.body, english: current.english, visibility: current.visibility };
    const next = { ...previous, ...changes };
    if (Object.entries(next).every(([field, value]) => previous[field as keyof typeof previous] === value)) return current;
    if (!(await takeNoteWriteSlot(tx, viewer.id))) throw rateLimited();
    return changing(tx, viewer.id, current, { termKey: termKey(next.term), visibility: next.visibility }, async () => {
      // One instant for both rows: the revision's time is exactly when the new version began.
      const at = new Date();
      await tx.noteRevision.create({ data: { noteId: id, editorId: viewer.id, ...previous, createdAt: at } });
      return tx.note.update({ where: { id }, data: { ...next, termKey: termKey(next.term), updatedAt: at }, include: withAuthor });
    });
  });
  return noteView(note, viewer.id);
}

/** The author's hard delete; revisions go with it (cascade). */
export async function deleteNote(viewer: NoteViewer, id: string): Promise<void> {
  await write(async (tx) => {
    const current = await findOwn(tx, viewer, id);
    if (!(await takeNoteWriteSlot(tx, viewer.id))) throw rateLimited();
    await changing(tx, viewer.id, current, null, () => tx.note.delete({ where: { id } }));
  });
}
