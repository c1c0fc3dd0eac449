import { z } from 'zod';
import { ApiError, fromZodError } from '@/lib/api/errors';
import type { PrismaClient } from '@/lib/db/client';
import { termKey } from '@/lib/terms/key';

const text = (max: number) => z.string().trim().min(1).max(max);

/** An editor's change to a curated entry: any of its fields, at least one. */
export const curatedPatchSchema = z
  .object({
    pinyin: text(200),
    renderings: z.array(z.object({ text: text(200), source: z.enum(['official', 'working']), note: z.string().trim().max(300).optional() })).min(1).max(10),
    literal: z.string().trim().max(300).nullable(),
    explanation: text(3000),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'give at least one field to change');

export type CuratedEditor = { id: string; role: string };
type Fields = { pinyin: string; renderings: unknown; literal: string | null; explanation: string };

const fieldsOf = (row: { pinyin: string; renderings: string; literal: string | null; explanation: string }): Fields => ({
  pinyin: row.pinyin,
  renderings: JSON.parse(row.renderings),
  literal: row.literal,
  explanation: row.explanation,
});

/**
 * An editor's edit of a curated entry (named by any script's form); the fields it replaces are kept
 * as a TermRevision in the same transaction. Permissions are checked before the transaction opens:
 * on this SQLite adapter a rollback could undo other requests' writes (see lib/notes/service.ts).
 * The row's contentHash becomes "edited:…", so the seed sees it as changed only when the content
 * file itself changes, and then the file wins.
 */
export async function updateCuratedTerm(prisma: PrismaClient, editor: CuratedEditor, keyOrTerm: string, patch: unknown): Promise<Fields & { key: string }> {
  if (editor.role !== 'editor') throw new ApiError('forbidden', 'Only editors can change curated entries');
  const parsed = curatedPatchSchema.safeParse(patch);
  if (!parsed.success) throw fromZodError(parsed.error);
  const key = termKey(keyOrTerm);
  const current = await prisma.glossaryTerm.findUnique({ where: { key } });
  if (!current) throw new ApiError('not_found', `No curated entry for "${keyOrTerm}"`);
  const { renderings, ...rest } = parsed.data;
  const updated = await prisma.$transaction(async (tx) => {
    const revision = await tx.termRevision.create({ data: { termKey: key, editorId: editor.id, snapshot: JSON.stringify(fieldsOf(current)) } });
    return tx.glossaryTerm.update({
      where: { key },
      data: { ...rest, ...(renderings ? { renderings: JSON.stringify(renderings) } : {}), contentHash: `edited:${revision.id}` },
    });
  });
  return { key, ...fieldsOf(updated) };
}

/** Earlier versions of a curated entry, newest first. Curated entries are public, so is their history. */
export async function curatedHistory(prisma: PrismaClient, keyOrTerm: string) {
  const revisions = await prisma.termRevision.findMany({
    where: { termKey: termKey(keyOrTerm) },
    orderBy: { createdAt: 'desc' },
    include: { editor: { select: { id: true, name: true } } },
  });
  return revisions.map((r) => ({ id: r.id, editor: r.editor, createdAt: r.createdAt.toISOString(), fields: JSON.parse(r.snapshot) as Fields }));
}
