import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { ApiError, fromZodError } from '@/lib/api/errors';
import type { PrismaClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { write, type Tx } from '@/lib/db/write';
import { termKey } from '@/lib/terms/key';
import { noteNotFound, notAuthor, rateLimited } from './errors';
import { takeNoteWriteSlot } from './rate-limit';
import { noteInputSchema, notePatchSchema } from './schema';
import { noteView, revisionViews, type NoteView, type RevisionView } from './view';

/** Whoever is asking; lib/auth/viewer's Viewer fits. Roles grant nothing over other people's notes. */
export type NoteViewer = { id: string };

/** A term as the page marker needs it: its key and the forms readers typed. */
export type NoteTerm = { key: string; forms: string[] };

type Db = Tx;

const withAuthor = { author: { select: { id: true, name: true } } } as const;

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/** Notes `viewer` may read: every shared note and their own private ones. */
export function visibleNotesWhere(viewer: NoteViewer | null): Prisma.NoteWhereInput {
  return viewer ? { OR: [{ visibility: 'shared' }, { authorId: viewer.id }] } : { visibility: 'shared' };
}

const readable = (db: Db, viewer: NoteViewer | null, id: string) =>
  db.note.findFirst({ where: { AND: [{ id }, visibleNotesWhere(viewer)] }, include: withAuthor });

async function findOwn(db: Db, viewer: NoteViewer, id: string) {
  const note = await readable(db, viewer, id);
  return !note ? noteNotFound(id) : note.authorId !== viewer.id ? notAuthor() : note;
}

export async function createNote(prisma: PrismaClient, viewer: NoteViewer, input: unknown): Promise<NoteView> {
  const data = parse(noteInputSchema, input);
  const note = await write(prisma, async (tx) =>
    (await takeNoteWriteSlot(tx, viewer.id))
      ? tx.note.create({ data: { ...data, termKey: termKey(data.term), authorId: viewer.id }, include: withAuthor })
      : rateLimited(),
  );
  return noteView(note, viewer.id);
}

/** The author's edit; the version it replaces is kept as a revision in the same transaction. */
export async function updateNote(prisma: PrismaClient, viewer: NoteViewer, id: string, patch: unknown): Promise<NoteView> {
  const changes = parse(notePatchSchema, patch);
  const note = await write(prisma, async (tx) => {
    const current = await findOwn(tx, viewer, id);
    if (current instanceof ApiError) return current;
    const previous = { term: current.term, body: current.body, english: current.english, visibility: current.visibility };
    const next = { ...previous, ...changes };
    if (Object.entries(next).every(([field, value]) => previous[field as keyof typeof previous] === value)) return current;
    if (!(await takeNoteWriteSlot(tx, viewer.id))) return rateLimited();
    // One instant for both rows: the revision's time is exactly when the new version began.
    const at = new Date();
    await tx.noteRevision.create({ data: { noteId: id, editorId: viewer.id, ...previous, createdAt: at } });
    return tx.note.update({ where: { id }, data: { ...next, termKey: termKey(next.term), updatedAt: at }, include: withAuthor });
  });
  return noteView(note, viewer.id);
}

/** The author's hard delete; revisions go with it (cascade). */
export async function deleteNote(prisma: PrismaClient, viewer: NoteViewer, id: string): Promise<void> {
  await write(prisma, async (tx) => {
    const current = await findOwn(tx, viewer, id);
    if (current instanceof ApiError) return current;
    if (!(await takeNoteWriteSlot(tx, viewer.id))) return rateLimited();
    await tx.note.delete({ where: { id } });
  });
}

export type NoteFilter = { termKey?: string; termKeys?: readonly string[]; authorId?: string };

/** Notes the viewer may read, newest first. */
export async function listNotes(prisma: PrismaClient, viewer: NoteViewer | null, filter: NoteFilter = {}): Promise<NoteView[]> {
  const where: Prisma.NoteWhereInput[] = [visibleNotesWhere(viewer)];
  if (filter.termKey !== undefined) where.push({ termKey: filter.termKey });
  if (filter.termKeys) where.push({ termKey: { in: [...filter.termKeys] } });
  if (filter.authorId !== undefined) where.push({ authorId: filter.authorId });
  const notes = await prisma.note.findMany({ where: { AND: where }, include: withAuthor, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return notes.map((n) => noteView(n, viewer?.id));
}

/**
 * A note with its earlier versions, newest first. Others see only the versions that were shared:
 * a note made public later does not expose what it said while private.
 */
export async function getNoteHistory(
  prisma: PrismaClient,
  viewer: NoteViewer | null,
  id: string,
): Promise<{ note: NoteView; revisions: RevisionView[] }> {
  const note = await readable(prisma, viewer, id);
  if (!note) throw noteNotFound(id);
  const rows = await prisma.noteRevision.findMany({
    where: { noteId: id },
    include: { editor: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const mine = note.authorId === viewer?.id;
  const revisions = revisionViews(note, rows).filter((r) => mine || r.visibility === 'shared');
  return { note: noteView(note, viewer?.id), revisions: revisions.reverse() };
}

async function noteTerms(prisma: PrismaClient, where: Prisma.NoteWhereInput): Promise<NoteTerm[]> {
  const rows = await prisma.note.groupBy({ by: ['termKey', 'term'], where, orderBy: [{ termKey: 'asc' }, { term: 'asc' }] });
  const byKey = new Map<string, string[]>();
  for (const { termKey: key, term } of rows) byKey.set(key, [...(byKey.get(key) ?? []), term]);
  return [...byKey].map(([key, forms]) => ({ key, forms }));
}

/** Terms with shared notes: the same for every reader, so cacheable under `version`, which
 * changes exactly when the list does. */
export async function sharedNoteTerms(prisma: PrismaClient): Promise<{ version: string; terms: NoteTerm[] }> {
  const terms = await noteTerms(prisma, { visibility: 'shared' });
  return { version: createHash('sha256').update(JSON.stringify(terms)).digest('hex').slice(0, 16), terms };
}

/** Terms of the viewer's own private notes: the per-reader overlay on the shared layer. */
export async function privateNoteTerms(prisma: PrismaClient, viewer: NoteViewer | null): Promise<NoteTerm[]> {
  return viewer ? noteTerms(prisma, { visibility: 'private', authorId: viewer.id }) : [];
}

/** Every term the viewer has a visible note on, split into the shared (cacheable) and private layers. */
export async function termsWithNotes(prisma: PrismaClient, viewer: NoteViewer | null) {
  const [shared, own] = await Promise.all([sharedNoteTerms(prisma), privateNoteTerms(prisma, viewer)]);
  return { shared, private: own };
}
