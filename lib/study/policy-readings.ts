import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { PolicyReadings } from './pinyin';
import { isHan } from '@/lib/core/text';
import { pinyinMisfit, syllablesOf } from './pinyin-fit';

export type { PolicyReadings } from './pinyin';

// The app server runs from the repository root (as `npm start` does), and a bundled module has no
// useful import.meta.dirname, so the file is found from the working directory at run time (the
// bundler is told not to trace the read, or it would take in the whole project).
const POLICY_FILE = path.join(process.cwd(), 'content', 'pinyin.yaml');

/**
 * Spreads space-separated syllables over a word's Han characters ('' under punctuation, as in
 * 腾笼换鸟，凤凰涅槃). Lowercased: ruby is per character (see pinyin.ts). Throws naming the word.
 */
function align(word: string, pinyin: string, where: string): string[] {
  const misfit = pinyinMisfit(word, pinyin);
  if (misfit) throw new Error(`${where}: ${misfit}`);
  const syllables = syllablesOf(pinyin);
  let next = 0;
  return Array.from(word).map((c) => (isHan(c) ? syllables[next++] : ''));
}

type GlossaryPinyin = { hans: string; pinyin: string };

const policyFileSchema = z.object({
  words: z.array(z.object({ hans: z.string().trim().min(1), pinyin: z.string().trim().min(1), note: z.string().trim().optional() })).min(1),
});

/**
 * Curated glossary entries → policy pairs (hans → syllables). An entry whose pinyin does not fit
 * its term is left out and reported to `skip`, so one bad row cannot take down every page that
 * reads pinyin; without `skip` it throws. The schemas refuse such pinyin on the way in
 * (lib/content/schema.ts, lib/glossary/curated.ts); this guards rows written before they did.
 */
export function glossaryReadings(entries: GlossaryPinyin[], skip?: (entry: GlossaryPinyin, problem: string) => void): [string, string[]][] {
  return entries.flatMap((e): [string, string[]][] => {
    const misfit = skip && pinyinMisfit(e.hans, e.pinyin);
    if (misfit) {
      skip(e, misfit);
      return [];
    }
    return [[e.hans, align(e.hans, e.pinyin, 'glossary term')]];
  });
}

/**
 * content/pinyin.yaml merged with `extra` (the curated glossary's readings); on the same word
 * `extra` wins, since an editor can correct a glossary entry in the app.
 */
export function loadPolicyReadings(extra: Iterable<[string, string[]]> = [], file = POLICY_FILE): PolicyReadings {
  const parsed = policyFileSchema.safeParse(parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const map = new Map<string, readonly string[]>();
  for (const w of parsed.data.words) {
    if (map.has(w.hans)) throw new Error(`${file}: "${w.hans}" is listed twice`);
    map.set(w.hans, align(w.hans, w.pinyin, file));
  }
  for (const [word, syllables] of extra) {
    if (Array.from(word).length !== syllables.length) throw new Error(`policy reading for "${word}": ${syllables.length} syllables for ${Array.from(word).length} characters`);
    map.set(word, syllables);
  }
  return map;
}

/**
 * The app's policy readings: content/pinyin.yaml plus curated glossary rows. A row whose pinyin
 * does not fit its term is skipped with a console warning, once per term and pinyin in `warned`
 * (the caller's, kept across rebuilds), so a bad edit costs that term's ruby, not the pages.
 */
export function curatedPolicyReadings(terms: GlossaryPinyin[], warned: Set<string>, file = POLICY_FILE): PolicyReadings {
  const skip = ({ hans, pinyin }: GlossaryPinyin, problem: string) => {
    const key = `${hans}\t${pinyin}`;
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`curated glossary term "${hans}": its pinyin is left out of the readings: ${problem}`);
  };
  return loadPolicyReadings(glossaryReadings(terms, skip), file);
}
