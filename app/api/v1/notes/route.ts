import { noteCreate, notesList } from '@/lib/api/contracts';
import { notFound } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { listNotesInRelease } from '@/lib/server/glossary/queries';
import { createNote } from '@/lib/server/notes/mutations';
import { listNotes } from '@/lib/server/notes/queries';
import { termKey } from '@/lib/terms/key';

export const GET = route(notesList, async ({ query: { term, release }, viewer }) => {
  const key = term === undefined ? undefined : termKey(term);
  const notes = release ? await listNotesInRelease(release, viewer, key) : await listNotes(viewer, { termKey: key });
  if (!notes) throw notFound(`No release with slug "${release}"`);
  return { notes };
});

export const POST = route(noteCreate, async ({ body, viewer }) => ({ note: await createNote(viewer, body) }));
