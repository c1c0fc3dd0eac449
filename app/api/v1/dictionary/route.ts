import { dictionaryGet } from '@/lib/api/contracts';
import { GLOSSARY } from '@/lib/cache/tags';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { lookup } from '@/lib/server/study/dictionary';
import { currentVersions, versionsOf } from '@/lib/server/versions';
import { CEDICT_ATTRIBUTION } from '@/lib/study/cedict';

export const GET = route(dictionaryGet, async ({ query, viewer }) => {
  const versions = await currentVersions();
  const body = { ...query, entries: await lookup({ ...query, viewer }), attribution: CEDICT_ATTRIBUTION };
  return viewer ? body : cacheableJson(body, 'anonymous', versionsOf(versions, [GLOSSARY]));
});
