import { noteDelete, noteUpdate } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { deleteNote, updateNote } from '@/lib/server/notes/mutations';

export const PATCH = route(noteUpdate, async ({ params, body, viewer }) => ({ note: await updateNote(viewer, params.id, body) }));

export const DELETE = route(noteDelete, async ({ params, viewer }) => {
  await deleteNote(viewer, params.id);
  return null;
});
