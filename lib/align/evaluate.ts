// Scoring an alignment against a gold key, and the degradations of a real pair that the aligner
// must survive: one English paragraph removed, two adjacent English paragraphs merged. The key of
// a degraded pair follows from the gold key mechanically.

/** A gold link by position: Chinese segments 0-based, English paragraphs 0-based. */
export type GoldLink = { zh: number[]; en: number[] };
export type Pair = { zh: string[]; en: string[]; gold: GoldLink[] };

const byPosition = (a: GoldLink, b: GoldLink) => (a.zh[0] ?? Infinity) - (b.zh[0] ?? Infinity) || (a.en[0] ?? Infinity) - (b.en[0] ?? Infinity);

/** Gold links in text order: a link without Chinese sorts by its English among the others. */
function ordered(links: GoldLink[]): GoldLink[] {
  const withZh = links.filter((l) => l.zh.length).sort(byPosition);
  for (const added of links.filter((l) => !l.zh.length)) {
    const at = withZh.findIndex((l) => l.en.length && l.en[0] > added.en[0]);
    withZh.splice(at === -1 ? withZh.length : at, 0, added);
  }
  return withZh;
}

/** The pair with English paragraph k left out: its Chinese becomes an omission (1–0). */
export function removeParagraph(pair: Pair, k: number): Pair {
  const gold = pair.gold.map((l) => ({ zh: l.zh, en: l.en.filter((e) => e !== k).map((e) => (e > k ? e - 1 : e)) })).filter((l) => l.zh.length || l.en.length);
  return { zh: pair.zh, en: pair.en.filter((_, i) => i !== k), gold };
}

/** The pair with Chinese segment k left out: its English becomes an addition (0–1). */
export function removeSegment(pair: Pair, k: number): Pair {
  const gold = pair.gold.map((l) => ({ zh: l.zh.filter((z) => z !== k).map((z) => (z > k ? z - 1 : z)), en: l.en })).filter((l) => l.zh.length || l.en.length);
  return { zh: pair.zh.filter((_, i) => i !== k), en: pair.en, gold };
}

/**
 * The pair with English paragraphs k and k + 1 joined into one: their links become one link,
 * which also takes any omitted Chinese between them (a link's segments are contiguous).
 */
export function mergeParagraphs(pair: Pair, k: number): Pair {
  const links = ordered(pair.gold);
  const a = links.findIndex((l) => l.en.includes(k));
  const b = links.findIndex((l) => l.en.includes(k + 1));
  const joined = links.slice(a, b + 1);
  const merged = { zh: joined.flatMap((l) => l.zh).sort((x, y) => x - y), en: [...new Set(joined.flatMap((l) => l.en))] };
  const renumber = (e: number) => (e > k ? e - 1 : e);
  const gold = [...links.slice(0, a), merged, ...links.slice(b + 1)].map((l) => ({ zh: l.zh, en: [...new Set(l.en.map(renumber))] }));
  const en = [...pair.en.slice(0, k), `${pair.en[k]} ${pair.en[k + 1]}`, ...pair.en.slice(k + 2)];
  return { zh: pair.zh, en, gold };
}

export type Score = { correct: number; predicted: number; gold: number };

const linkKey = (l: GoldLink) => `${[...l.zh].sort((x, y) => x - y).join(',')}|${[...l.en].sort((x, y) => x - y).join(',')}`;

/** A predicted link is right when its Chinese set and its English set both equal a gold link's. */
export function score(predicted: GoldLink[], gold: GoldLink[]): Score {
  const keys = new Set(gold.map(linkKey));
  return { correct: predicted.filter((l) => keys.has(linkKey(l))).length, predicted: predicted.length, gold: gold.length };
}

export const addScores = (scores: Score[]): Score =>
  scores.reduce((s, x) => ({ correct: s.correct + x.correct, predicted: s.predicted + x.predicted, gold: s.gold + x.gold }), {
    correct: 0,
    predicted: 0,
    gold: 0,
  });

export const precision = (s: Score) => (s.predicted ? s.correct / s.predicted : 1);
export const recall = (s: Score) => (s.gold ? s.correct / s.gold : 1);

/** The gold links that a prediction missed, as line-like labels, for a failing test's message. */
export function missed(predicted: GoldLink[], gold: GoldLink[]): string[] {
  const keys = new Set(predicted.map(linkKey));
  return gold.filter((l) => !keys.has(linkKey(l))).map(linkKey);
}
