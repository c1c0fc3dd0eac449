import { z } from 'zod';
import { ApiError, errorResponse, fromZodError } from '@/lib/api/errors';
import { decodeSegment } from '@/lib/api/path-segment';
import { getViewer } from '@/lib/auth/viewer';
import { SCRIPTS } from '@/lib/core/text';
import { prisma } from '@/lib/db';
import { getGlossaryEntry } from '@/lib/data/glossary';
import { updateCuratedTerm } from '@/lib/glossary/curated';
import { signInRequired } from '@/lib/notes/errors';
import { readJsonBody } from '@/lib/notes/request-body';

const querySchema = z.object({ script: z.enum(SCRIPTS).default('hans') });

/** One term, named by its key or any script's form: curated entry, notes, concordance. */
export async function GET(request: Request, { params }: RouteContext<'/api/v1/glossary/[term]'>) {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const term = decodeSegment((await params).term);
    const entry = await getGlossaryEntry(term, query.data.script, await getViewer(request.headers));
    if (!entry) throw new ApiError('not_found', `No glossary entry or note for "${term}"`);
    return Response.json({ script: query.data.script, ...entry });
  } catch (error) {
    return errorResponse(error);
  }
}

/** An editor's change to the curated entry; the previous version is kept. */
export async function PATCH(request: Request, { params }: RouteContext<'/api/v1/glossary/[term]'>) {
  try {
    const viewer = await getViewer(request.headers);
    if (!viewer) throw signInRequired();
    const entry = await updateCuratedTerm(prisma, viewer, decodeSegment((await params).term), await readJsonBody(request));
    return Response.json({ entry });
  } catch (error) {
    return errorResponse(error);
  }
}
