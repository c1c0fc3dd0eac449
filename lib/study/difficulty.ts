// How hard and how common a word is, for ordering vocabulary: HSK 2.0 levels and word ranks in
// BLCU's BCC book corpus, both from the chinese-lexicon package. Loaded on first use (the corpus
// list takes ~200 ms and ~30 MB), on the server only.

export type Difficulty = {
  /** HSK level 1–6 of the word, or of its hardest character if the word is not listed; 7 beyond HSK. 0 for no Han. */
  level: (simplified: string) => number;
  /** Rank by frequency in the corpus (1 = most common), or null for a word it lacks. */
  rank: (simplified: string) => number | null;
};

let loading: Promise<Difficulty> | undefined;

export function loadDifficulty(): Promise<Difficulty> {
  loading ??= Promise.all([import('chinese-lexicon/statistics/hsk.js'), import('chinese-lexicon/statistics/bookWordFrequency.js')]).then(
    ([{ default: level }, { default: frequency }]) => ({
      level: (word) => (/\p{Script=Han}/u.test(word) ? level(word) : 0),
      rank: (word) => frequency.bookWordFrequencies[word]?.rank ?? null,
    }),
  );
  return loading;
}

/** An Anki tag for a level: hsk::1 … hsk::6, hsk::beyond; none without Han characters. */
export function hskTag(level: number): string[] {
  if (level <= 0) return [];
  return [level > 6 ? 'hsk::beyond' : `hsk::${level}`];
}
