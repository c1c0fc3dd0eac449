import { z } from 'zod';
import { unicodeString } from '@/lib/core/zod-text';

export const VISIBILITIES = ['private', 'shared'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

// Lengths count code points, as a reader counts characters (a rare Han character is one, not two).
const length = (s: string) => [...s].length;
const within = (min: number, max: number) => (s: string) => length(s) >= min && length(s) <= max;

const term = unicodeString()
  .trim()
  .refine(within(1, 30), 'must be 1–30 characters')
  .refine((s) => /\p{Script=Han}/u.test(s), 'must contain a Chinese character');
const body = unicodeString().trim().refine(within(1, 5000), 'must be 1–5,000 characters');
// An empty English rendering clears it.
const english = unicodeString()
  .trim()
  .refine(within(0, 200), 'must be at most 200 characters')
  .transform((s) => s || null);
const visibility = z.enum(VISIBILITIES);

export const noteInputSchema = z.object({ term, body, english: english.optional(), visibility: visibility.default('private') });

export const notePatchSchema = z
  .object({ term, body, english, visibility })
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'name at least one field to change', path: ['input'] });

export type NoteInput = z.infer<typeof noteInputSchema>;
export type NotePatch = z.infer<typeof notePatchSchema>;
