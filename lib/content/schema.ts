import { z } from 'zod';
// Relative: the import CLI runs from any directory, where tsx does not see the @/ alias.
import { REGIONS, RELEASE_KINDS, SEGMENT_KINDS, SOURCE_SCRIPTS } from '../core/text';
import { pinyinMisfit } from '../study/pinyin-fit';

// The content format under content/: what a translator reviews in a diff and the seed validates.


const text = z.string().trim().min(1);
const bilingual = z.object({ zh: text, en: text });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');
const isoDate = z.iso.date();

export const speakerSchema = z.object({
  zh: text,
  en: text,
  role: bilingual.optional(),
});

// A spot of encoding damage restored by hand, in a segment's text or in a speaker's label.
export const repairSchema = z
  .object({
    segment: slug.optional(),
    speaker: slug.optional(),
    damaged: text,
    restored: text,
    reason: text,
  })
  .refine((r) => (r.segment === undefined) !== (r.speaker === undefined), 'name exactly one of segment or speaker');

export const segmentSchema = z.object({
  id: slug,
  kind: z.enum(SEGMENT_KINDS),
  // Headings only: 1 for 一、, 2 for （一）, 3 for 1., 4 below that.
  level: z.number().int().min(1).max(4).optional(),
  speaker: slug.optional(),
  zh: text,
  // Drafts from the importer leave English empty; published releases must fill it (see releaseSchema).
  en: z.string().trim(),
});

export const releaseSchema = z
  .object({
    slug,
    date: isoDate,
    sourceScript: z.enum(SOURCE_SCRIPTS),
    sourceUrl: z.url().nullable(),
    region: z.enum(REGIONS).optional(),
    kind: z.enum(RELEASE_KINDS).optional(),
    issuer: bilingual,
    title: bilingual,
    speakers: z.record(slug, speakerSchema).default({}),
    editorial: z.object({
      note: z.string().trim().default(''),
      repairs: z.array(repairSchema).default([]),
      // Strings the editor checked as right in the Traditional views although they contain a
      // mainland-Traditional leftover form (a surname 于, a quoted name): see lib/content/leftovers.ts.
      keepAsWritten: z.array(z.object({ text, reason: text })).default([]),
    }),
    segments: z.array(segmentSchema).min(1),
  })
  .superRefine((release, ctx) => {
    const seen = new Set<string>();
    release.segments.forEach((segment, index) => {
      const path = ['segments', index];
      if (seen.has(segment.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate segment id "${segment.id}"` });
      seen.add(segment.id);
      if (segment.speaker && !(segment.speaker in release.speakers))
        ctx.addIssue({ code: 'custom', path: [...path, 'speaker'], message: `unknown speaker "${segment.speaker}"` });
    });
    release.editorial.repairs.forEach((repair, index) => {
      const path = ['editorial', 'repairs', index];
      const where = repair.segment ? `segment "${repair.segment}"` : `speaker "${repair.speaker}"`;
      const zh = repair.segment
        ? release.segments.find((s) => s.id === repair.segment)?.zh
        : release.speakers[repair.speaker ?? '']?.zh;
      if (zh === undefined) ctx.addIssue({ code: 'custom', path, message: `unknown ${where}` });
      else if (!zh.includes(repair.restored))
        ctx.addIssue({ code: 'custom', path: [...path, 'restored'], message: `${where} does not contain "${repair.restored}"` });
    });
  });

// Drafts from the importer mark what a translator still has to write with this placeholder.
export const DRAFT_PLACEHOLDER = 'TODO';

/** A release ready to publish: every English field written, no draft placeholder left. */
export const publishedReleaseSchema = releaseSchema.superRefine((release, ctx) => {
  const missing = (value: string) => !value || value === DRAFT_PLACEHOLDER;
  const check = (value: string, path: (string | number)[], what: string) => {
    if (missing(value)) ctx.addIssue({ code: 'custom', path, message: `${what} has no English` });
  };
  check(release.title.en, ['title', 'en'], 'the title');
  check(release.issuer.en, ['issuer', 'en'], 'the issuer');
  Object.entries(release.speakers).forEach(([key, s]) => check(s.en, ['speakers', key, 'en'], `speaker "${key}"`));
  release.segments.forEach((s, index) => check(s.en, ['segments', index, 'en'], `segment "${s.id}"`));
});

export const glossaryEntrySchema = z.object({
  hant: text,
  hans: text,
  pinyin: text,
  en: z
    .array(
      z.object({
        text,
        source: z.enum(['official', 'working']),
        // Who uses this rendering (for official ones) or why it was chosen.
        note: z.string().trim().optional(),
      }),
    )
    .min(1),
  literal: z.string().trim().optional(),
  explanation: text,
})
  // One syllable per Han character: the reader's ruby is built from it (lib/study/policy-readings.ts).
  .superRefine((e, ctx) => {
    const misfit = pinyinMisfit(e.hans, e.pinyin);
    if (misfit) ctx.addIssue({ code: 'custom', path: ['pinyin'], message: misfit });
  });

export const glossarySchema = z.object({ terms: z.array(glossaryEntrySchema).min(1) });

export type ReleaseContent = z.infer<typeof releaseSchema>;
export type SegmentContent = z.infer<typeof segmentSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
