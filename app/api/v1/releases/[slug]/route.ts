import { z } from 'zod';
import { ApiError, errorResponse, fromZodError } from '@/lib/api/errors';
import { releaseJson } from '@/lib/api/release-json';
import { SCRIPTS } from '@/lib/core/text';
import { policyReadings } from '@/lib/data/readings';
import { getRelease } from '@/lib/data/releases';
import { localizeRelease } from '@/lib/reader/localize';
import { pinyinOf } from '@/lib/study/annotate';

const querySchema = z
  .object({
    script: z.enum(SCRIPTS).optional(),
    wording: z.enum(['standard', 'tw']).default('standard'),
    pinyin: z.stringbool().default(false),
  })
  .refine((q) => q.wording !== 'tw' || q.script === 'tw', { path: ['wording'], message: 'wording=tw needs script=tw' });

export async function GET(request: Request, { params }: RouteContext<'/api/v1/releases/[slug]'>) {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw fromZodError(query.error);
    const { slug } = await params;
    const record = await getRelease(slug);
    if (!record) throw new ApiError('not_found', `No release with slug "${slug}"`);
    const release = localizeRelease(record, query.data.script ?? record.sourceScript, query.data.wording);
    const policy = query.data.pinyin ? await policyReadings() : null;
    return Response.json(releaseJson(release, policy ? (zh) => pinyinOf(zh, policy) : undefined));
  } catch (error) {
    return errorResponse(error);
  }
}
