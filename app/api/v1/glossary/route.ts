import { glossaryList } from '@/lib/api/contracts';
import { GLOSSARY, LIBRARY } from '@/lib/cache/tags';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { listGlossary } from '@/lib/server/glossary/queries';
import { currentVersions, versionsOf } from '@/lib/server/versions';

export const GET = route(glossaryList, async ({ query: { script, q }, viewer }) => {
  const versions = await currentVersions();
  const body = { script, q: q ?? null, terms: await listGlossary({ q, script, viewer }) };
  return viewer ? body : cacheableJson(body, 'anonymous', versionsOf(versions, [GLOSSARY, LIBRARY]));
});
