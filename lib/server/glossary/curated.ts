import 'server-only';
import { editedHash } from '@/lib/content/source-hash';
import { bumpTags } from '@/lib/db/view-versions';
import { DomainError, parseInput } from '@/lib/errors';
import { curatedPatchSchemaFor, parseRenderings, type CuratedEditor, type CuratedEntry, type CuratedFields, type CuratedRevision } from '@/lib/glossary/curated';
import { db, write } from '@/lib/server/db';
import { publicTermTags } from './invalidation';
import { termKey } from '@/lib/terms/key';

type Row = { key: string; hant: string; hans: string; pinyin: string; renderings: string; literal: string | null; explanation: string };

const fieldsOf = (row: Row): CuratedFields => ({
  pinyin: row.pinyin,
  renderings: parseRenderings(row.renderings),
  literal: row.literal,
  explanation: row.explanation,
});
const entryOf = (row: Row): CuratedEntry => ({ key: row.key, hant: row.hant, hans: row.hans, ...fieldsOf(row) });
const notFound = (term: string) => new DomainError('not_found', `No curated entry for "${term}"`);

/**
 * An editor's edit of a curated entry, named by any script's form; the fields it replaces are kept
 * as a TermRevision in the same transaction, and an edit that changes nothing writes nothing.
 * contentHash becomes editedHash(…) (lib/content/source-hash.ts): the seed keeps the edit until the
 * content file's entry changes. The term's views are invalidated in the same transaction.
 */
export async function updateCuratedTerm(editor: CuratedEditor, keyOrTerm: string, patch: unknown): Promise<CuratedEntry> {
  if (editor.role !== 'editor') throw new DomainError('forbidden', 'Only editors can change curated entries');
  const key = termKey(keyOrTerm);
  const changes = parseInput(curatedPatchSchemaFor(key), patch);
  const result = await write(async (tx) => {
    const current = await tx.glossaryTerm.findUnique({ where: { key } });
    if (!current) throw notFound(keyOrTerm);
    const previous = fieldsOf(current);
    const next = { ...previous, ...changes };
    if (JSON.stringify(next) === JSON.stringify(previous)) return current;
    const revision = await tx.termRevision.create({ data: { termKey: key, editorId: editor.id, snapshot: JSON.stringify(previous) } });
    await bumpTags(tx, await publicTermTags([key]));
    return tx.glossaryTerm.update({
      where: { key },
      data: { ...next, renderings: JSON.stringify(next.renderings), contentHash: editedHash(current.contentHash, revision.id) },
    });
  });
  return entryOf(result);
}

/** Earlier versions of a curated entry, newest first. Curated entries are public, so is their history. */
export async function curatedHistory(keyOrTerm: string): Promise<CuratedRevision[]> {
  const key = termKey(keyOrTerm);
  const [entry, revisions] = await Promise.all([
    db.glossaryTerm.findUnique({ where: { key }, select: { key: true } }),
    db.termRevision.findMany({
      where: { termKey: key },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: { editor: { select: { id: true, name: true } } },
    }),
  ]);
  if (!entry) throw notFound(keyOrTerm);
  return revisions.map((r) => ({
    id: r.id,
    editor: r.editor && { id: r.editor.id, name: r.editor.name },
    createdAt: r.createdAt.toISOString(),
    fields: JSON.parse(r.snapshot) as CuratedFields,
  }));
}
