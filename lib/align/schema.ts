import { z } from 'zod';
import type { AnchorKind } from './anchors';
import type { Dictionary } from './lexicon';

// The aligner's edge: what callers pass in (validated with zod) and what they get back.

export const zhSegmentSchema = z.object({
  id: z.string().min(1, 'a segment needs an id'),
  kind: z.string(),
  zh: z.string(),
});

export const glossaryTermSchema = z.object({
  zh: z.array(z.string().trim().min(1)).min(1),
  en: z.array(z.string().trim().min(1)).min(1),
});

export const alignOptionsSchema = z
  .object({
    /** Renderings both texts share: each entry's Chinese forms and their English renderings. */
    glossary: z.array(glossaryTermSchema).default([]),
    /** Chinese words to English glosses (cedictDictionary()): lexical evidence beside the anchors. */
    dictionary: z.custom<Dictionary>((d) => typeof (d as Dictionary | undefined)?.glosses === 'function', 'a dictionary has a glosses function').optional(),
    /** Gale–Church's s²: the variance of English length per character of text. */
    variance: z.number().positive().optional(),
    /** English characters per Chinese character; estimated from the pair when not given. */
    ratio: z.number().positive().optional(),
  })
  .default({ glossary: [] });

export const alignInputSchema = z
  .object({
    zhSegments: z.array(zhSegmentSchema),
    enParagraphs: z.array(z.string().refine((p) => p.trim() !== '', 'an English paragraph is empty')),
    options: alignOptionsSchema,
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.zhSegments.forEach((s, index) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['zhSegments', index, 'id'], message: `duplicate segment id "${s.id}"` });
      seen.add(s.id);
    });
  });

export type ZhSegment = z.infer<typeof zhSegmentSchema>;
export type AlignOptions = z.input<typeof alignOptionsSchema>;

export const LINK_KINDS = ['1-1', '1-2', '2-1', '1-0', '0-1', '2-2', '1-3', '3-1'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** An anchor the link's two sides share, as written on each side. */
export type LinkAnchor = { kind: Exclude<AnchorKind, 'word'>; zh: string; en: string };

export type Link = {
  /** Segment ids, in order; empty for English with no Chinese (0-1). */
  zh: string[];
  /** English paragraph indexes, 0-based, in order; empty for Chinese left out of the English (1-0). */
  en: number[];
  kind: LinkKind;
  /** The posterior probability of this link given both texts, in [0, 1]. */
  confidence: number;
  anchors?: LinkAnchor[];
};

/** Input the aligner refuses, with every problem found. */
export class AlignInputError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid alignment input: ${issues.join('; ')}`);
    this.name = 'AlignInputError';
  }
}

export function parseAlignInput(zhSegments: unknown, enParagraphs: unknown, options: unknown) {
  const result = alignInputSchema.safeParse({ zhSegments, enParagraphs, options });
  if (!result.success) throw new AlignInputError(result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)));
  return result.data;
}
