import { z } from 'zod';
import { ApiError, fromZodError } from '@/lib/api/errors';
import type { PrismaClient } from '@/lib/db/client';
import { termKey } from '@/lib/terms/key';
import { editedHash } from '@/lib/content/source-hash';
import { write } from '@/lib/db/write';
import { pinyinMisfit } from '@/lib/study/pinyin-fit';

const text = (max: number) => z.string().trim().min(1).max(max);

const renderingSchema = z.object({
  text: text(200),
  source: z.enum(['official', 'working']),
  note: text(300).optional(),
});

/** An editor's change to a curated entry: any of its fields, at least one. A blank literal clears it. */
export const curatedPatchSchema = z
  .object({
    pinyin: text(200),
    renderings: z.array(renderingSchema).min(1).max(10),
    literal: z
      .string()
      .trim()
      .max(300)
      .nullable()
      .transform((v) => v || null),
    explanation: text(3000),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'give at least one field to change');

/**
 * The patch for one term: its pinyin must also fit the term, one syllable per Han character, since
 * the reader's ruby is built from it. `key` is the Simplified key; every script's form of the term
 * has the same Han characters.
 */
export const curatedPatchSchemaFor = (key: string) =>
  curatedPatchSchema.superRefine((p, ctx) => {
    const misfit = p.pinyin === undefined ? null : pinyinMisfit(key, p.pinyin);
    if (misfit) ctx.addIssue({ code: 'custom', path: ['pinyin'], message: misfit });
  });

export type Rendering = z.infer<typeof renderingSchema>;

/** A curated entry's stored renderings column (JSON, written by the seed and by edits). */
export const parseRenderings = (json: string) => JSON.parse(json) as Rendering[];
/** Their English texts alone: what marks the English column and glosses a word. */
export const renderingTexts = (json: string) => parseRenderings(json).map((r) => r.text);
/** The editable fields of a curated entry, as a revision snapshot keeps them. */
export type CuratedFields = { pinyin: string; renderings: Rendering[]; literal: string | null; explanation: string };
export type CuratedEntry = CuratedFields & { key: string; hant: string; hans: string };
export type CuratedRevision = { id: string; editor: { id: string; name: string }; createdAt: string; fields: CuratedFields };
/** lib/auth/viewer's Viewer fits. */
export type CuratedEditor = { id: string; role: string };

type Row = { key: string; hant: string; hans: string; pinyin: string; renderings: string; literal: string | null; explanation: string };

const fieldsOf = (row: Row): CuratedFields => ({
  pinyin: row.pinyin,
  renderings: parseRenderings(row.renderings),
  literal: row.literal,
  explanation: row.explanation,
});
const entryOf = (row: Row): CuratedEntry => ({ key: row.key, hant: row.hant, hans: row.hans, ...fieldsOf(row) });
const notFound = (term: string) => new ApiError('not_found', `No curated entry for "${term}"`);

/**
 * An editor's edit of a curated entry, named by any script's form; the fields it replaces are kept
 * as a TermRevision in the same transaction, and an edit that changes nothing writes nothing.
 * Refusals are decided before the transaction or returned from it, never thrown inside (see
 * lib/db/write.ts).
 * contentHash becomes editedHash(…) (lib/content/source-hash.ts): the seed keeps the edit until the
 * content file's entry changes, and the matcher's cache key changes with every edit.
 */
export async function updateCuratedTerm(prisma: PrismaClient, editor: CuratedEditor, keyOrTerm: string, patch: unknown): Promise<CuratedEntry> {
  if (editor.role !== 'editor') throw new ApiError('forbidden', 'Only editors can change curated entries');
  const key = termKey(keyOrTerm);
  const parsed = curatedPatchSchemaFor(key).safeParse(patch);
  if (!parsed.success) throw fromZodError(parsed.error);
  const result = await write(prisma, async (tx) => {
    const current = await tx.glossaryTerm.findUnique({ where: { key } });
    if (!current) return notFound(keyOrTerm);
    const previous = fieldsOf(current);
    const next = { ...previous, ...parsed.data };
    if (JSON.stringify(next) === JSON.stringify(previous)) return current;
    const revision = await tx.termRevision.create({ data: { termKey: key, editorId: editor.id, snapshot: JSON.stringify(previous) } });
    return tx.glossaryTerm.update({
      where: { key },
      data: { ...next, renderings: JSON.stringify(next.renderings), contentHash: editedHash(current.contentHash, revision.id) },
    });
  });
  return entryOf(result);
}

/** Earlier versions of a curated entry, newest first. Curated entries are public, so is their history. */
export async function curatedHistory(prisma: PrismaClient, keyOrTerm: string): Promise<CuratedRevision[]> {
  const key = termKey(keyOrTerm);
  const [entry, revisions] = await Promise.all([
    prisma.glossaryTerm.findUnique({ where: { key }, select: { key: true } }),
    prisma.termRevision.findMany({
      where: { termKey: key },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: { editor: { select: { id: true, name: true } } },
    }),
  ]);
  if (!entry) throw notFound(keyOrTerm);
  return revisions.map((r) => ({
    id: r.id,
    editor: { id: r.editor.id, name: r.editor.name },
    createdAt: r.createdAt.toISOString(),
    fields: JSON.parse(r.snapshot) as CuratedFields,
  }));
}
