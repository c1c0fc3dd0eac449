import type { Prisma } from '@/lib/generated/prisma/client';

/** Whoever is asking; a Viewer fits. Roles grant nothing over other people's notes. */
export type NoteViewer = { id: string };

/** Notes `viewer` may read: every shared note and their own private ones. */
export function visibleNotesWhere(viewer: NoteViewer | null): Prisma.NoteWhereInput {
  return viewer ? { OR: [{ visibility: 'shared' }, { authorId: viewer.id }] } : { visibility: 'shared' };
}

export const withAuthor = { author: { select: { id: true, name: true } } } as const;
