import * as contracts from '@/lib/api/contracts';
import { cacheableJson } from '@/lib/http/cache';
import { openApiDocument } from '@/lib/http/openapi';
import { route } from '@/lib/http/route';

const document = openApiDocument(Object.values(contracts), {
  title: 'Duizhao API',
  version: '1',
  description: 'Chinese government press releases beside their English, in four scripts; the glossary, notes and study data.',
});

export const GET = route(contracts.openapiGet, async () => cacheableJson(document, 'shared', []));
