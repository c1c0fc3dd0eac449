import { segmentPatch } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { updateSegment } from '@/lib/server/english/translation';

export const PATCH = route(segmentPatch, async ({ params, body, viewer }) => updateSegment(viewer, params.slug, params.id, body));
