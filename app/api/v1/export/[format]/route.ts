import { z } from 'zod';
import { ApiError, errorResponse, fromZodError } from '@/lib/api/errors';
import { publicOrigin } from '@/lib/auth/env';
import { getViewer } from '@/lib/auth/viewer';
import { SCRIPTS } from '@/lib/core/text';
import { vocabularyExport } from '@/lib/data/export';
import { VOCABULARY_FILTERS } from '@/lib/study/vocabulary';
import { routing } from '@/i18n/routing';

const formatSchema = z.enum(['anki', 'csv', 'md']);
const querySchema = z
  .object({
    scope: z.enum(['release', 'mine']).default('release'),
    release: z.string().min(1).max(200).optional(),
    script: z.enum(SCRIPTS).default('hans'),
    show: z.enum(VOCABULARY_FILTERS).default('all'),
    // The site locale the citation links open in; English by default.
    locale: z.enum(routing.locales).default('en'),
  })
  .refine((q) => q.scope !== 'release' || q.release, { path: ['release'], message: 'scope=release needs release=<slug>' });

/** A release's vocabulary or the viewer's own glossary as an Anki TSV, CSV or Markdown file. */
export async function GET(request: Request, { params }: RouteContext<'/api/v1/export/[format]'>) {
  try {
    const format = formatSchema.safeParse((await params).format);
    if (!format.success) throw new ApiError('not_found', 'format: use anki, csv or md');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const file = await vocabularyExport({
      ...query.data,
      format: format.data,
      origin: publicOrigin(process.env, request.url),
      viewer: await getViewer(request.headers),
    });
    return new Response(file.body, { headers: { 'content-type': file.contentType, 'content-disposition': file.disposition } });
  } catch (error) {
    return errorResponse(error);
  }
}
