import { segmentsPatch } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { updateTranslations } from '@/lib/server/english/translation';

export const PATCH = route(segmentsPatch, async ({ params, body, viewer }) => updateTranslations(viewer, params.slug, body));
