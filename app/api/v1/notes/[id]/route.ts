import { errorResponse } from '@/lib/api/errors';
import { getViewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { signInRequired } from '@/lib/notes/errors';
import { readJsonBody } from '@/lib/notes/request-body';
import { deleteNote, updateNote } from '@/lib/notes/service';

type Context = RouteContext<'/api/v1/notes/[id]'>;

export async function PATCH(request: Request, { params }: Context) {
  try {
    const viewer = await getViewer(request.headers);
    if (!viewer) throw signInRequired();
    const { id } = await params;
    const note = await updateNote(prisma, viewer, id, await readJsonBody(request));
    return Response.json({ note });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  try {
    const viewer = await getViewer(request.headers);
    if (!viewer) throw signInRequired();
    const { id } = await params;
    await deleteNote(prisma, viewer, id);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
