import { z } from 'zod';
import { REGIONS, RELEASE_KINDS, SCRIPTS } from '@/lib/core/text';
import { englishStems, foldCharacters, foldChineseQuery, pinyinKey } from './fold';

/** A date range's rule, for the nested filters here and the API's flat query (lib/search/params.ts). */
export const datesInOrder: [(f: { from?: string; to?: string }) => boolean, { message: string; path: string[] }] = [
  (f) => !f.from || !f.to || f.from <= f.to,
  { message: 'from must not be after to', path: ['from'] },
];

/** What a search asks for, as the page and the API pass it (the API's query string parses into it). */
export const searchInputSchema = z
  .object({
    q: z.string().trim().min(1, 'type something to search for').max(200),
    script: z.enum(SCRIPTS).default('hans'),
    filters: z
      .object({
        /** An issuer as releases name it, in Chinese (as stored) or English. */
        issuer: z.string().trim().min(1).max(200).optional(),
        region: z.enum(REGIONS).optional(),
        kind: z.enum(RELEASE_KINDS).optional(),
        /** ISO dates, both ends included. */
        from: z.iso.date().optional(),
        to: z.iso.date().optional(),
      })
      .default({})
      .refine(...datesInOrder),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export type SearchInput = z.input<typeof searchInputSchema>;
export type SearchRequest = z.output<typeof searchInputSchema>;

/** One thing a segment must hold: folded Chinese anywhere in its Chinese, or an English word starting with a stem. */
export type Needle = { field: 'zh'; text: string } | { field: 'en'; stem: string };

/**
 * A query as search runs it. A segment matches when it holds every needle of at least one of
 * `alternatives`; `pinyin` asks for the glossary terms whose reading holds it, each of which is one
 * more alternative (lib/server/search adds them).
 */
export type ParsedQuery = { alternatives: Needle[][]; pinyin: string | null };

const HAN = /\p{Script=Han}/u;
const EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const tokens = (q: string) =>
  q
    .normalize('NFC')
    .split(/[\s\u3000]+/)
    .map((t) => t.replace(EDGES, ''))
    .filter(Boolean);

/**
 * Chinese in any script finds the Chinese in every script: with a Han character in it, each word
 * of the query (split at spaces) must stand in the segment's Chinese, folded to Simplified.
 * Without one, the query finds English words (each word of it as a word prefix, lightly stemmed),
 * glossary terms by their pinyin (with or without tones, spaces or tone numbers), and, a single
 * word, itself in the Chinese (5G, GDP, 2024).
 */
export function parseQuery(q: string): ParsedQuery {
  const words = tokens(q);
  if (!words.length) return { alternatives: [], pinyin: null };
  if (words.some((w) => HAN.test(w))) return { alternatives: [words.map((w) => ({ field: 'zh', text: foldChineseQuery(w) }))], pinyin: null };
  const stems = englishStems(words.join(' '));
  const alternatives: Needle[][] = [];
  if (stems.length) alternatives.push(stems.map((stem) => ({ field: 'en', stem })));
  if (words.length === 1) alternatives.push([{ field: 'zh', text: foldCharacters(words[0]) }]);
  return { alternatives, pinyin: pinyinKey(q) };
}
