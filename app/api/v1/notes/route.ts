import { z } from 'zod';
import { ApiError, errorResponse, fromZodError } from '@/lib/api/errors';
import { getViewer } from '@/lib/auth/viewer';
import { listNotesInRelease } from '@/lib/data/glossary';
import { prisma } from '@/lib/db';
import { signInRequired } from '@/lib/notes/errors';
import { readJsonBody } from '@/lib/notes/request-body';
import { createNote, listNotes } from '@/lib/notes/service';
import { termKey } from '@/lib/terms/key';

const querySchema = z.object({
  term: z.string().trim().min(1).max(100).optional(),
  release: z.string().min(1).max(200).optional(),
});

/** Notes the viewer can see: on a term (any script), on terms occurring in a release, or all. */
export async function GET(request: Request) {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const { term, release } = query.data;
    const viewer = await getViewer(request.headers);
    const key = term === undefined ? undefined : termKey(term);
    const notes = release ? await listNotesInRelease(release, viewer, key) : await listNotes(prisma, viewer, { termKey: key });
    if (!notes) throw new ApiError('not_found', `No release with slug "${release}"`);
    return Response.json({ notes });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    const viewer = await getViewer(request.headers);
    if (!viewer) throw signInRequired();
    const note = await createNote(prisma, viewer, await readJsonBody(request));
    return Response.json({ note }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
