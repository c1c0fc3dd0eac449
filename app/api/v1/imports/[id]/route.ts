import { importDiscard, importGet, importUpdate } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { discardImport } from '@/lib/server/imports/discard';
import { getImport } from '@/lib/server/imports/queries';
import { updateImport } from '@/lib/server/imports/update';

export const GET = route(importGet, async ({ params, viewer }) => ({ import: await getImport(viewer.id, params.id) }));

export const PATCH = route(importUpdate, async ({ params, body, viewer }) => ({ import: await updateImport(viewer.id, params.id, body) }));

export const DELETE = route(importDiscard, async ({ params, viewer }) => {
  await discardImport(viewer.id, params.id);
  return null;
});
