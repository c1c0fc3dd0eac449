import { z } from 'zod';
import { unicodeString } from '@/lib/core/zod-text';
import { releaseSchema, segmentSchema } from '@/lib/content/schema';

// A release as an editor has it while importing: the content format's shape, but what is still
// being typed (an empty title, a slug half written, a date not yet known) is kept, not refused, so
// no save loses work. Publishing holds it to publishedReleaseSchema (see publishable.ts).

/** Longest short field (title, issuer, speaker label) and longest segment text kept in a draft. */
const MAX_LINE = 1_000;
const MAX_TEXT = 200_000;

const line = unicodeString().max(MAX_LINE);
const bilingualLine = z.object({ zh: line, en: line });

export const draftSegmentSchema = segmentSchema.extend({ zh: unicodeString().max(MAX_TEXT), en: unicodeString().max(MAX_TEXT) });

export const draftReleaseSchema = z
  .object({
    ...releaseSchema.shape,
    slug: unicodeString().max(200),
    date: unicodeString().max(40),
    sourceUrl: unicodeString().max(2_000).nullable(),
    issuer: bilingualLine,
    title: bilingualLine,
    speakers: z.record(releaseSchema.shape.slug, z.object({ zh: line, en: line, role: bilingualLine.optional() })).default({}),
    segments: z.array(draftSegmentSchema).min(1).max(50_000),
  })
  // What the editor's own operations keep true, so a draft that breaks it came from a bad request.
  .superRefine((draft, ctx) => {
    const seen = new Set<string>();
    draft.segments.forEach((segment, index) => {
      if (seen.has(segment.id)) ctx.addIssue({ code: 'custom', path: ['segments', index, 'id'], message: `duplicate segment id "${segment.id}"` });
      seen.add(segment.id);
      if (segment.speaker && !(segment.speaker in draft.speakers))
        ctx.addIssue({ code: 'custom', path: ['segments', index, 'speaker'], message: `unknown speaker "${segment.speaker}"` });
    });
  });

export type DraftRelease = z.infer<typeof draftReleaseSchema>;
export type DraftSegment = DraftRelease['segments'][number];
