import { importPublish } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { publishImport } from '@/lib/server/imports/publish';

export const POST = route(importPublish, async ({ params, body, viewer }) => publishImport(viewer.id, params.id, body));
