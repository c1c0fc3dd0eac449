// The two data modules of chinese-lexicon we use (the package ships no types).
declare module 'chinese-lexicon/statistics/hsk.js' {
  /** The word's HSK 2.0 level (1–6) if listed, else its hardest character's level; 7 beyond HSK. */
  const getHSKLevel: (simplified: string) => number;
  export default getHSKLevel;
}
declare module 'chinese-lexicon/statistics/bookWordFrequency.js' {
  const frequency: { bookWordFrequencies: Record<string, { count: number; rank: number } | undefined> };
  export default frequency;
}
