import { z } from 'zod';
import { damageActionSchema } from './damage';
import { draftReleaseSchema } from './schema';

/** One save of a draft: the whole release as edited, the editor's decisions on damaged spots (applied after it), or both. */
export const draftPatchSchema = z
  .object({
    version: z.number().int().min(1).describe("the draft's version this change was made on (as last read or saved): an older one is refused with 409"),
    release: draftReleaseSchema.optional().describe('the whole release as edited (the content format; fields may be empty while a draft)'),
    damage: z.array(damageActionSchema).max(1_000).optional().describe('repair (restored text), accept (a reason) or reopen a damaged spot of the report, by index'),
  })
  .refine((p) => p.release !== undefined || p.damage !== undefined, { message: 'send release, damage or both', path: ['release'] });

export type DraftPatch = z.infer<typeof draftPatchSchema>;
