import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { PolicyReadings } from './pinyin';

export type { PolicyReadings } from './pinyin';

// The app server runs from the repository root (as `npm start` does), and a bundled module has no
// useful import.meta.dirname, so the file is found from the working directory.
const POLICY_FILE = path.join(process.cwd(), 'content', 'pinyin.yaml');

const HAN = /\p{Script=Han}/u;
// One syllable: lowercase letters with at most one tone mark; `r` is the erhua suffix.
const SYLLABLE = /^[a-zêü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]?[a-zêü]*$/u;

/**
 * Spreads space-separated syllables over a word's Han characters ('' under punctuation, as in
 * 腾笼换鸟，凤凰涅槃). Lowercased: ruby is per character (see pinyin.ts). Throws naming the word.
 */
function align(word: string, pinyin: string, where: string): string[] {
  const syllables = pinyin.trim().toLowerCase().split(/\s+/u);
  const chars = Array.from(word);
  const han = chars.filter((c) => HAN.test(c)).length;
  if (syllables.length !== han)
    throw new Error(`${where}: "${word}" has ${han} Han characters but ${syllables.length} syllables in "${pinyin}"`);
  const bad = syllables.find((s) => !s || !SYLLABLE.test(s.normalize('NFC')));
  if (bad !== undefined) throw new Error(`${where}: "${word}" has "${bad}", not one tone-marked pinyin syllable`);
  let next = 0;
  return chars.map((c) => (HAN.test(c) ? syllables[next++].normalize('NFC') : ''));
}

const policyFileSchema = z.object({
  words: z
    .array(z.object({ hans: z.string().trim().min(1), pinyin: z.string().trim().min(1), note: z.string().trim().optional() }))
    .min(1),
});

/** Curated glossary entries → policy pairs (hans → syllables). Throws if a term's pinyin does not fit it. */
export function glossaryReadings(entries: { hans: string; pinyin: string }[]): [string, string[]][] {
  return entries.map((e) => [e.hans, align(e.hans, e.pinyin, 'glossary term')]);
}

/**
 * content/pinyin.yaml merged with `extra` (the curated glossary's readings); on the same word
 * `extra` wins, since an editor can correct a glossary entry in the app.
 */
export function loadPolicyReadings(extra: Iterable<[string, string[]]> = [], file = POLICY_FILE): PolicyReadings {
  const parsed = policyFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const map = new Map<string, readonly string[]>();
  for (const w of parsed.data.words) {
    if (map.has(w.hans)) throw new Error(`${file}: "${w.hans}" is listed twice`);
    map.set(w.hans, align(w.hans, w.pinyin, file));
  }
  for (const [word, syllables] of extra) {
    if (Array.from(word).length !== syllables.length)
      throw new Error(`policy reading for "${word}": ${syllables.length} syllables for ${Array.from(word).length} characters`);
    map.set(word, syllables);
  }
  return map;
}
