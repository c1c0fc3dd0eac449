import { z } from 'zod';
import { ApiError, errorResponse, fromZodError } from '@/lib/api/errors';
import { getViewer } from '@/lib/auth/viewer';
import { SCRIPTS } from '@/lib/chinese/scripts';
import { getGlossaryEntry } from '@/lib/data/glossary';

const querySchema = z.object({ script: z.enum(SCRIPTS).default('hans') });

// Whether a dynamic segment arrives decoded has varied between Next versions; decoding a Chinese
// term twice is harmless, and a stray % falls back to the raw segment.
function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

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
