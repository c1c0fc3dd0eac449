import { exportGet } from '@/lib/api/contracts';
import { publicOrigin } from '@/lib/auth/env';
import { route } from '@/lib/http/route';
import { vocabularyExport } from '@/lib/server/study/export';

export const GET = route(exportGet, async ({ request, params, query, viewer }) => {
  const file = await vocabularyExport({ ...query, format: params.format, origin: publicOrigin(process.env, request.url), viewer });
  return new Response(file.body, { headers: { 'content-type': file.contentType, 'content-disposition': file.disposition } });
});
