import 'server-only';
import { GLOSSARY, releaseGlossaryTag, termTag } from '@/lib/cache/tags';
import { loadCorpus } from './queries';

/**
 * What a change to public terms (a curated edit, a shared note written, unshared or deleted)
 * invalidates: the glossary, each term's own pages, and the views of exactly the releases whose
 * text holds one of the terms. Found before the write's transaction, from the corpus in memory.
 */
export async function publicTermTags(keys: readonly string[]): Promise<string[]> {
  if (!keys.length) return [];
  const corpus = await loadCorpus();
  const slugs = new Set(corpus.filter((s) => keys.some((key) => s.key.includes(key))).map((s) => s.slug));
  return [GLOSSARY, ...keys.map(termTag), ...[...slugs].map(releaseGlossaryTag)];
}
