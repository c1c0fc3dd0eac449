import { glossaryGet, glossaryPatch } from '@/lib/api/contracts';
import { LIBRARY, termTag } from '@/lib/cache/tags';
import { notFound } from '@/lib/errors';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { updateCuratedTerm } from '@/lib/server/glossary/curated';
import { getGlossaryEntry } from '@/lib/server/glossary/queries';
import { currentVersions, versionsOf } from '@/lib/server/versions';

export const GET = route(glossaryGet, async ({ params, query, viewer }) => {
  const versions = await currentVersions();
  const entry = await getGlossaryEntry(params.term, query.script, viewer);
  if (!entry) throw notFound(`No glossary entry or note for "${params.term}"`);
  const body = { script: query.script, ...entry };
  return viewer ? body : cacheableJson(body, 'anonymous', versionsOf(versions, [termTag(entry.key), LIBRARY]));
});

export const PATCH = route(glossaryPatch, async ({ params, body, viewer }) => ({ entry: await updateCuratedTerm(viewer, params.term, body) }));
