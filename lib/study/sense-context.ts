import type { LookupEntry } from './lookup-entry';

// CC-CEDICT lists a character's senses in its own order: 省 is "to save" before "province". The
// paragraph's English says which one the text means ("the Provincial Department of …"), so the
// pop-up puts the senses the English uses first. Pure and small: the pop-up runs it in the browser.

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'that',
  'this',
  'sth',
  'one',
  'own',
  'bound',
  'form',
  'used',
  'also',
  'see',
  'variant',
  'abbr',
  'measure',
  'word',
  'etc',
]);

/** A word's stem for matching: its first six letters (province, provincial → provin). */
const stem = (word: string) => word.toLowerCase().slice(0, 6);

/** Content words of a definition: letters only, four or more, not in brackets, no function words. */
function contentWords(definition: string): string[] {
  const words = definition.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ').match(/[A-Za-z]{4,}/g) ?? [];
  return words.filter((w) => !STOP.has(w.toLowerCase()));
}

/** The share of a definition's content words that the English uses (0 when it has none). */
function score(definition: string, stems: ReadonlySet<string>): number {
  const words = contentWords(definition);
  return words.length ? words.filter((w) => stems.has(stem(w))).length / words.length : 0;
}

/**
 * Entries with the senses the English context uses first: within each CC-CEDICT entry by how much
 * of a definition the English uses, and among CC-CEDICT entries of the same headword (省 shěng,
 * xǐng) by their best sense. Ties keep CC-CEDICT's order; the glossary's and notes' entries, and the
 * order of headwords (longest first), stay as they are.
 */
export function rankByContext(entries: readonly LookupEntry[], english: string): LookupEntry[] {
  const stems = new Set((english.match(/[A-Za-z]{4,}/g) ?? []).map(stem));
  if (!stems.size) return [...entries];
  const ranked = entries.map((e, i) => {
    if (e.source !== 'cedict') return { e, i, best: 0 };
    const scored = e.definitions.map((d, k) => ({ d, k, s: score(d, stems) }));
    scored.sort((a, b) => b.s - a.s || a.k - b.k);
    return { e: { ...e, definitions: scored.map((x) => x.d) }, i, best: scored[0]?.s ?? 0 };
  });
  // Reorder only inside each run of CC-CEDICT entries for one headword.
  const out: LookupEntry[] = [];
  for (let start = 0; start < ranked.length;) {
    let end = start + 1;
    const head = ranked[start]!.e;
    while (end < ranked.length && head.source === 'cedict' && ranked[end]!.e.source === 'cedict' && ranked[end]!.e.word === head.word) end++;
    out.push(
      ...ranked
        .slice(start, end)
        .sort((a, b) => b.best - a.best || a.i - b.i)
        .map((r) => r.e),
    );
    start = end;
  }
  return out;
}
