import { errorResponse } from '@/lib/api/errors';
import { prisma } from '@/lib/db';
import { curatedHistory } from '@/lib/glossary/curated';
import { decodeSegment } from '@/lib/api/path-segment';

/** Earlier versions of a curated entry, newest first. */
export async function GET(_request: Request, { params }: RouteContext<'/api/v1/glossary/[term]/history'>) {
  try {
    return Response.json({ revisions: await curatedHistory(prisma, decodeSegment((await params).term)) });
  } catch (error) {
    return errorResponse(error);
  }
}
