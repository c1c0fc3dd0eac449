import { z } from 'zod';
import { unicodeString } from '@/lib/core/zod-text';
import { pinyinMisfit } from '@/lib/study/pinyin-fit';

const text = (max: number) => unicodeString().trim().min(1).max(max);

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
    literal: unicodeString()
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
/** `editor` is null once the editor's account is gone. */
export type CuratedRevision = { id: string; editor: { id: string; name: string } | null; createdAt: string; fields: CuratedFields };
/** lib/auth/viewer's Viewer fits. */
export type CuratedEditor = { id: string; role: string };
