import { importCreate, importsList } from '@/lib/api/contracts';
import { route } from '@/lib/http/route';
import { createImport } from '@/lib/server/imports/create';
import { listImports } from '@/lib/server/imports/queries';

export const GET = route(importsList, async ({ viewer }) => ({ imports: await listImports(viewer.id) }));

export const POST = route(importCreate, async ({ query, upload, viewer }) => ({ import: await createImport(viewer.id, { ...upload, ...query }) }));
