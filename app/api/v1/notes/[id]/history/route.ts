import { errorResponse } from '@/lib/api/errors';
import { getViewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { getNoteHistory } from '@/lib/notes/service';

/** The note and its earlier versions, newest first. */
export async function GET(request: Request, { params }: RouteContext<'/api/v1/notes/[id]/history'>) {
  try {
    const { id } = await params;
    return Response.json(await getNoteHistory(prisma, await getViewer(request.headers), id));
  } catch (error) {
    return errorResponse(error);
  }
}
