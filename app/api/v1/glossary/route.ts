import { z } from 'zod';
import { errorResponse, fromZodError } from '@/lib/api/errors';
import { getViewer } from '@/lib/auth/viewer';
import { SCRIPTS } from '@/lib/core/text';
import { listGlossary } from '@/lib/data/glossary';

const querySchema = z.object({
  script: z.enum(SCRIPTS).default('hans'),
  q: z.string().trim().max(100).optional(),
});

/** Curated terms and terms with notes the viewer can see; `q` searches Chinese, pinyin and English. */
export async function GET(request: Request) {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const { script, q } = query.data;
    const terms = await listGlossary({ q, script, viewer: await getViewer(request.headers) });
    return Response.json({ script, q: q ?? null, terms });
  } catch (error) {
    return errorResponse(error);
  }
}
