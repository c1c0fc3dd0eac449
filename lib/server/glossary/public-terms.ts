import 'server-only';
import { GLOSSARY } from '@/lib/cache/tags';
import { renderingTexts } from '@/lib/glossary/curated';
import type { PublicTerms } from '@/lib/reader/view';
import { curatedPolicyReadings } from '@/lib/study/policy-readings';
import { buildMatcher } from '@/lib/terms/matcher';
import { db } from '@/lib/server/db';

export type PublicGlossary = PublicTerms & {
  /** The GLOSSARY tag's version this snapshot was built at. */
  version: number;
  keys: ReadonlySet<string>;
};

let snapshot: Promise<PublicGlossary> | null = null;
// Terms already warned about, so a bad row is logged once, not on every rebuild.
const warned = new Set<string>();

async function build(version: number): Promise<PublicGlossary> {
  const [curated, shared] = await Promise.all([
    db.glossaryTerm.findMany({ select: { key: true, pinyin: true, renderings: true }, orderBy: { key: 'asc' } }),
    db.note.findMany({ where: { visibility: 'shared' }, select: { termKey: true, english: true }, orderBy: { createdAt: 'asc' } }),
  ]);
  const renderings = new Map<string, string[]>();
  const add = (key: string, english: readonly string[]) => renderings.set(key, [...new Set([...(renderings.get(key) ?? []), ...english])]);
  for (const c of curated) add(c.key, renderingTexts(c.renderings));
  for (const n of shared) add(n.termKey, n.english ? [n.english] : []);
  const keys = new Set(renderings.keys());
  return {
    version,
    keys,
    renderings,
    matcher: buildMatcher([...keys].map((key) => ({ text: key, id: key }))),
    protect: [...keys],
    policy: curatedPolicyReadings(
      curated.map((c) => ({ hans: c.key, pinyin: c.pinyin })),
      warned,
    ),
  };
}

/**
 * The public glossary (curated entries and terms with shared notes): the same for every reader,
 * rebuilt once per change of the GLOSSARY tag, never per request or per reader.
 */
export async function publicGlossary(versions: ReadonlyMap<string, number>): Promise<PublicGlossary> {
  const version = versions.get(GLOSSARY) ?? 0;
  const current = await snapshot?.catch(() => null);
  if (current?.version === version) return current;
  const next = build(version);
  snapshot = next;
  next.catch(() => (snapshot = null));
  return next;
}
