import 'server-only';
import { GLOSSARY, LIBRARY, type TagVersion } from '@/lib/cache/tags';
import { loadCorpus } from '@/lib/server/glossary/queries';
import { publicGlossary } from '@/lib/server/glossary/public-terms';
import { currentVersions, versionsOf } from '@/lib/server/versions';
import { viewCache } from './cache';

// Which public terms each release holds: built once per change of the library or the glossary,
// one pass of the glossary matcher over the library's Simplified text.
const built = viewCache<Map<string, Set<string>>>(1);

/** Each release's public glossary terms (keys), and the tags that set depends on. */
export async function releaseTermSets(): Promise<{ sets: ReadonlyMap<string, ReadonlySet<string>>; tags: readonly TagVersion[] }> {
  const versions = await currentVersions();
  const entry = await built.get('all', versions, async () => {
    const [corpus, terms] = await Promise.all([loadCorpus(), publicGlossary(versions)]);
    const sets = new Map<string, Set<string>>();
    for (const segment of corpus) {
      const set = sets.get(segment.slug) ?? new Set<string>();
      for (const m of terms.matcher.findAll(segment.key)) set.add(m.id);
      sets.set(segment.slug, set);
    }
    return { value: sets, tags: versionsOf(versions, [LIBRARY, GLOSSARY]) };
  });
  return { sets: entry.value, tags: entry.tags };
}
