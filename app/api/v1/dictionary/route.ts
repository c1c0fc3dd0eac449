import { z } from 'zod';
import { errorResponse, fromZodError } from '@/lib/api/errors';
import { getViewer } from '@/lib/auth/viewer';
import { SCRIPTS } from '@/lib/core/text';
import { lookup } from '@/lib/data/dictionary';
import { CEDICT_ATTRIBUTION } from '@/lib/study/cedict';

const querySchema = z.object({
  q: z.string().trim().min(1).max(30),
  script: z.enum(SCRIPTS).default('hans'),
  match: z.enum(['exact', 'prefixes']).default('exact'),
});

/** Dictionary entries for a word in any script: the curated glossary and the viewer's notes, then CC-CEDICT. */
export async function GET(request: Request) {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const entries = await lookup({ ...query.data, viewer: await getViewer(request.headers) });
    return Response.json({ ...query.data, entries, attribution: CEDICT_ATTRIBUTION });
  } catch (error) {
    return errorResponse(error);
  }
}
