import { z } from 'zod';
import { ApiError, errorResponse, fromZodError } from '@/lib/api/errors';
import { getViewer } from '@/lib/auth/viewer';
import { SCRIPTS, SCRIPT_LANG } from '@/lib/chinese/scripts';
import { myGlossary, releaseVocabulary } from '@/lib/data/vocabulary';
import { passageReference } from '@/lib/reader/citation';
import type { LocalizedRelease } from '@/lib/reader/localize';
import { exportVocabulary } from '@/lib/study/export';
import { filterVocabulary, VOCABULARY_FILTERS } from '@/lib/study/vocabulary';

const ATTRIBUTION = 'Definitions of dictionary words: CC-CEDICT (https://cc-cedict.org/, MDBG), CC BY-SA 4.0.';
const formatSchema = z.enum(['anki', 'csv', 'md']);
const querySchema = z
  .object({
    scope: z.enum(['release', 'mine']).default('release'),
    release: z.string().min(1).max(200).optional(),
    script: z.enum(SCRIPTS).default('hans'),
    show: z.enum(VOCABULARY_FILTERS).default('all'),
  })
  .refine((q) => q.scope !== 'release' || q.release, { path: ['release'], message: 'scope=release needs release=<slug>' });

/** A release's vocabulary or the viewer's own glossary as an Anki TSV, CSV or Markdown file. */
export async function GET(request: Request, { params }: RouteContext<'/api/v1/export/[format]'>) {
  try {
    const format = formatSchema.safeParse((await params).format);
    if (!format.success) throw new ApiError('not_found', 'format: use anki, csv or md');
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const { scope, release: slug, script, show } = query.data;
    const viewer = await getViewer(request.headers);
    const origin = new URL(request.url).origin;
    const cite = (r: LocalizedRelease, id: string) =>
      passageReference({ issuer: r.issuer.en, title: r.title.en, date: r.date }, id, `${origin}/en/releases/${r.slug}?script=${script}#p-${id}`);

    let items, title, name;
    if (scope === 'mine') {
      if (!viewer) throw new ApiError('unauthorized', 'Sign in to export your glossary');
      items = await myGlossary(script, viewer, cite);
      title = 'My Duizhao glossary';
      name = `duizhao-my-glossary-${script}`;
    } else {
      const vocabulary = await releaseVocabulary(slug!, script, viewer, cite);
      if (!vocabulary) throw new ApiError('not_found', `No release with slug "${slug}"`);
      items = filterVocabulary(vocabulary.items, show);
      title = `${vocabulary.release.title.zh} — ${vocabulary.release.title.en}`;
      name = `duizhao-${slug}-${show}-${script}`;
    }
    const file = exportVocabulary(format.data, items, { title, attribution: ATTRIBUTION, deckName: 'Duizhao', lang: SCRIPT_LANG[script] });
    return new Response(file.body, {
      headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${name}.${file.extension}"` },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
