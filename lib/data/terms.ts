import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import { renderingTexts } from '@/lib/glossary/curated';
import { visibleNotesWhere, type NoteViewer } from '@/lib/notes/service';
import type { TermEntry } from '@/lib/terms/forms';

export type MarkingTerms = {
  /** Changes whenever the terms or renderings do: the matcher cache key. */
  version: string;
  terms: TermEntry[];
  renderings: Map<string, string[]>;
};

/**
 * What marks a page for this viewer: curated terms, terms of shared notes, and the viewer's own
 * private notes. Readers without private notes share one version (and one matcher).
 */
export async function markingTerms(viewer: NoteViewer | null): Promise<MarkingTerms> {
  const [curated, notes] = await Promise.all([
    prisma.glossaryTerm.findMany({ select: { key: true, hant: true, renderings: true, contentHash: true }, orderBy: { key: 'asc' } }),
    prisma.note.findMany({ where: visibleNotesWhere(viewer), select: { termKey: true, term: true, english: true }, orderBy: [{ termKey: 'asc' }, { term: 'asc' }] }),
  ]);
  const forms = new Map<string, Set<string>>();
  const renderings = new Map<string, string[]>();
  const add = (key: string, form: string, english: string[]) => {
    forms.set(key, (forms.get(key) ?? new Set()).add(form));
    renderings.set(key, [...new Set([...(renderings.get(key) ?? []), ...english])]);
  };
  for (const c of curated) add(c.key, c.hant, renderingTexts(c.renderings));
  for (const n of notes) add(n.termKey, n.term, n.english ? [n.english] : []);
  const version = createHash('sha256')
    .update(JSON.stringify([curated.map((c) => c.contentHash), notes]))
    .digest('hex')
    .slice(0, 16);
  return { version, terms: [...forms].map(([key, f]) => ({ key, forms: [...f] })), renderings };
}
