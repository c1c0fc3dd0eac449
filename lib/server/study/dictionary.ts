import 'server-only';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/core/text';
import { db } from '@/lib/server/db';
import { renderingTexts } from '@/lib/glossary/curated';
import type { NoteViewer } from '@/lib/server/notes/visibility';
import { lookupPrefixes, lookupWord, type DictionaryEntry } from '@/lib/study/cedict';
import { readableDefinitions, type FormOf } from '@/lib/study/cedict-markup';
import type { LookupEntry } from '@/lib/study/lookup-entry';
import { pinyinOf } from '@/lib/study/annotate';
import { termKey } from '@/lib/terms/key';
import { policyReadings } from './readings';

export type LookupQuery = { q: string; script: Script; viewer: NoteViewer | null; match: 'exact' | 'prefixes' };

/**
 * A CC-CEDICT word in a script, from its own two forms: Simplified→Traditional is one-to-many (干 is
 * 乾, 幹 or 干; 发 is 發 or 髮), so Taiwan and Hong Kong forms start from the Traditional one.
 */
export const cedictForm =
  (script: Script): FormOf =>
  (traditional, simplified) =>
    script === 'hans' ? simplified : script === 'hant' ? traditional : convert(traditional, 'hant', script);

/** A CC-CEDICT entry in a script, its cross-references and measure words readable (see cedict-markup.ts). */
export function cedictEntry(e: DictionaryEntry, script: Script): LookupEntry {
  const form = cedictForm(script);
  return {
    source: 'cedict',
    word: form(e.traditional, e.simplified),
    traditional: e.traditional,
    simplified: e.simplified,
    pinyin: e.pinyin,
    definitions: readableDefinitions(e.definitions, form),
  };
}

/**
 * Dictionary answers for `q` (any script): the curated glossary entry and the viewer's own notes
 * first, then CC-CEDICT. With match=prefixes, every prefix of q that is a word, longest first (what
 * a pop-up under the pointer shows: 供应链, then 供应, then 供).
 */
export async function lookup({ q, script, viewer, match }: LookupQuery): Promise<LookupEntry[]> {
  const chars = Array.from(q);
  const words = match === 'exact' ? [q] : chars.map((_, i) => chars.slice(0, chars.length - i).join(''));
  const keys = [...new Set(words.map(termKey))];
  const [curated, notes] = await Promise.all([
    db.glossaryTerm.findMany({ where: { key: { in: keys } }, select: { key: true, hant: true, pinyin: true, renderings: true, explanation: true } }),
    viewer
      ? db.note.findMany({
          where: { authorId: viewer.id, termKey: { in: keys } },
          select: { id: true, termKey: true, term: true, body: true, english: true },
          orderBy: { createdAt: 'asc' },
        })
      : [],
  ]);
  // Readings are needed for note terms only; most lookups have none and skip that query.
  const policy = notes.length ? await policyReadings() : new Map<string, readonly string[]>();
  const own: LookupEntry[] = keys.flatMap((key) => [
    ...curated
      .filter((c) => c.key === key)
      .map((c): LookupEntry => ({
        source: 'curated',
        word: convert(c.hant, 'hant', script),
        traditional: c.hant,
        simplified: c.key,
        pinyin: c.pinyin,
        definitions: renderingTexts(c.renderings),
        note: c.explanation,
      })),
    ...notes
      .filter((n) => n.termKey === key)
      .map((n): LookupEntry => ({
        source: 'note',
        word: convert(n.termKey, 'hans', script),
        traditional: convert(n.termKey, 'hans', 'hant'),
        simplified: n.termKey,
        pinyin: pinyinOf(n.termKey, policy).join(' '),
        definitions: n.english ? [n.english] : [],
        note: n.body,
        noteId: n.id,
      })),
  ]);
  const dictionary = match === 'exact' ? lookupWord(q) : lookupPrefixes(q).flatMap((p) => p.entries);
  return [...own, ...dictionary.map((e) => cedictEntry(e, script))];
}
