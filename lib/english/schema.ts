import { z } from 'zod';
import { linkEditSchema } from '../align/edit';
import { TRANSLATION_STATUSES } from '../content/schema';
import { unicodeString } from '../core/zod-text';

// What an editor sends to align, review and publish an official English version, and to write
// Duizhao's translation: validated at the API edge and again by the server functions.

/** The largest official English accepted: a long release is some 50 KB of text, a page with its site around it a few hundred. */
export const MAX_ENGLISH_TEXT = 200_000;
export const MAX_ENGLISH_HTML = 2_000_000;
export const MAX_PARAGRAPHS = 1000;

const line = (max: number) => unicodeString().trim().min(1).max(max);
/** The release's version (its contentHash) as the editor loaded it: a change by someone else since is a conflict. */
const version = z.string().min(1).max(100).describe("the release's version as you loaded it (GET …/english gives it)");

export const officialInputSchema = z
  .object({
    text: unicodeString().max(MAX_ENGLISH_TEXT).optional().describe('the English, one paragraph a line, its headline first'),
    html: unicodeString().max(MAX_ENGLISH_HTML).optional().describe('or the English page as HTML'),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2000)
      .describe("the official English's address"),
    publisher: z.object({ zh: line(200), en: line(200) }).describe('who published it, in Chinese and English'),
  })
  .refine((input) => (input.text === undefined) !== (input.html === undefined), { path: ['text'], message: 'give the English as text or as html, one of them' });
export type OfficialInput = z.infer<typeof officialInputSchema>;

export const proposalPatchSchema = z.object({
  revision: z.number().int().min(0).describe("the proposal's revision as you loaded it"),
  edits: z.array(linkEditSchema).min(1).max(200),
});

export const publishSchema = z.object({ version });

const segmentChange = {
  en: unicodeString().trim().max(20_000).optional().describe("Duizhao's English for the segment; empty for none"),
  status: z.enum(TRANSLATION_STATUSES).optional().describe('not given: stays as it was'),
};
const changesSomething = (p: { en?: string; status?: string }) => p.en !== undefined || p.status !== undefined;
const nothingToChange = { path: ['en'], message: 'change en, status or both' };

export const segmentPatchSchema = z.object({ version, ...segmentChange }).refine(changesSomething, nothingToChange);

export const segmentsPatchSchema = z.object({
  version,
  segments: z
    .array(z.object({ id: z.string().min(1).max(100), ...segmentChange }).refine(changesSomething, nothingToChange))
    .min(1)
    .max(500),
});

export const creditsSchema = z.object({
  version,
  translation: z
    .object({ by: line(200), reviewedBy: z.array(line(200)).max(20).default([]) })
    .nullable()
    .describe('null: the translation is credited to no one'),
});
