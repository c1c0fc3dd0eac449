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

/** Where a Duizhao translation of a segment stands (the official English, when there is one, is its own track). */
export const TRANSLATION_STATUSES = ['untranslated', 'draft', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const segmentSchema = z.object({
  id: slug,
  kind: z.enum(SEGMENT_KINDS),
  // Headings only: 1 for 一、, 2 for （一）, 3 for 1., 4 below that.
  level: z.number().int().min(1).max(4).optional(),
  speaker: slug.optional(),
  zh: text,
  // Duizhao's English for the segment; empty while untranslated.
  en: z.string().trim(),
  // Omitted: reviewed when there is English, untranslated when there is none.
  status: z.enum(TRANSLATION_STATUSES).optional(),
});

/** One link of an official English version to the Chinese: segment ids and paragraph indexes (0-based), either side possibly empty. */
export const englishLinkSchema = z.object({ zh: z.array(slug), en: z.array(z.number().int().min(0)) }).refine((l) => l.zh.length + l.en.length > 0, 'a link joins at least one side');

/** The English the issuing government published, aligned paragraph by paragraph to the Chinese segments and reviewed. */
export const officialEnglishSchema = z.object({
  publisher: bilingual,
  url: z.url(),
  title: text.optional(),
  paragraphs: z.array(text).min(1),
  links: z.array(englishLinkSchema).min(1),
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
      // Where this file's Chinese was taken from (repository, commit and path, or the stored page).
      provenance: z.string().trim().optional(),
    }),
    english: z
      .object({
        // Who wrote and who reviewed Duizhao's translation ("Duizhao translation, reviewed by …").
        translation: z.object({ by: text, reviewedBy: z.array(text).default([]) }).optional(),
        official: officialEnglishSchema.optional(),
      })
      .default({}),
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
    const official = release.english.official;
    if (official) {
      const ids = release.segments.map((s) => s.id);
      const order = new Map(ids.map((id, i) => [id, i]));
      let lastZh = -1;
      let lastEn = -1;
      const usedZh = new Set<string>();
      const usedEn = new Set<number>();
      official.links.forEach((link, index) => {
        const path = ['english', 'official', 'links', index];
        for (const id of link.zh) {
          const at = order.get(id);
          if (at === undefined) ctx.addIssue({ code: 'custom', path, message: `unknown segment "${id}"` });
          else if (usedZh.has(id) || at <= lastZh) ctx.addIssue({ code: 'custom', path, message: `segment "${id}" is linked twice or out of order` });
          else lastZh = at;
          usedZh.add(id);
        }
        for (const p of link.en) {
          if (p >= official.paragraphs.length) ctx.addIssue({ code: 'custom', path, message: `no English paragraph ${p}` });
          else if (usedEn.has(p) || p <= lastEn) ctx.addIssue({ code: 'custom', path, message: `English paragraph ${p} is linked twice or out of order` });
          else lastEn = p;
          usedEn.add(p);
        }
      });
    }
  });

// Drafts from the importer mark what a translator still has to write with this placeholder.
export const DRAFT_PLACEHOLDER = 'TODO';

/** A segment's translation status as stored: given, or what its English says. */
export const statusOf = (s: { en: string; status?: TranslationStatus }): TranslationStatus => s.status ?? (s.en ? 'reviewed' : 'untranslated');

/**
 * A release ready to publish: its title, issuer and speakers in English, no draft placeholder
 * left, and every segment's English agreeing with its status (an untranslated segment has none,
 * and the reader says so; it is never silently blank).
 */
export const publishedReleaseSchema = releaseSchema.superRefine((release, ctx) => {
  const missing = (value: string) => !value || value === DRAFT_PLACEHOLDER;
  const check = (value: string, path: (string | number)[], what: string) => {
    if (missing(value)) ctx.addIssue({ code: 'custom', path, message: `${what} has no English` });
  };
  check(release.title.en, ['title', 'en'], 'the title');
  check(release.issuer.en, ['issuer', 'en'], 'the issuer');
  Object.entries(release.speakers).forEach(([key, s]) => check(s.en, ['speakers', key, 'en'], `speaker "${key}"`));
  release.segments.forEach((s, index) => {
    const status = statusOf(s);
    if (status !== 'untranslated') check(s.en, ['segments', index, 'en'], `segment "${s.id}" (${status})`);
    else if (s.en) ctx.addIssue({ code: 'custom', path: ['segments', index, 'status'], message: `segment "${s.id}" is untranslated but has English` });
  });
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
