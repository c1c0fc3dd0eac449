// The Gale–Church length model, for Chinese against English. A Chinese text is measured in two
// parts: its Chinese characters (Han and full-width punctuation), which English renders in about
// `ratio` characters each, and its Latin run (URLs, 5G, figures in Arabic), which English carries
// over as it is. English is measured in characters other than spaces, so that the missing spaces
// of scraped text ("theCHP's websiteandFacebook") do not count. Rule lines count for nothing.

export type ZhLength = { chinese: number; latin: number };

/** A rule line's dashes (———— / -----): their number is typography, not text to translate. */
export const RULE_RUN = /[-‐‑–—―－─━=＝_＿]{4,}/gu;
const withoutRules = (text: string) => text.replace(RULE_RUN, '');

const ASCII = /[\x21-\x7e]/;
const SPACE = /\s/;

export function zhLength(text: string): ZhLength {
  let chinese = 0;
  let latin = 0;
  for (const ch of withoutRules(text)) {
    if (SPACE.test(ch)) continue;
    if (ASCII.test(ch)) latin++;
    else chinese++;
  }
  return { chinese, latin };
}

export function enLength(text: string): number {
  let n = 0;
  for (const ch of withoutRules(text)) if (!SPACE.test(ch)) n++;
  return n;
}

/** English characters per Chinese character, from the release itself; 1 when it has no Chinese. */
export function lengthRatio(zh: readonly ZhLength[], en: readonly number[]): number {
  const chinese = zh.reduce((s, l) => s + l.chinese, 0);
  const latin = zh.reduce((s, l) => s + l.latin, 0);
  const english = en.reduce((s, l) => s + l, 0);
  if (!chinese) return 1;
  return Math.min(8, Math.max(0.5, (english - latin) / chinese));
}

/** log erfc(x) for x ≥ 0, without underflow in the far tail. */
function logErfc(x: number): number {
  if (x < 5) {
    // Abramowitz–Stegun 7.1.26 is too coarse near 0 for logs; this is Numerical Recipes' erfcc.
    const t = 1 / (1 + 0.5 * x);
    const y =
      t *
      Math.exp(
        -x * x -
          1.26551223 +
          t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
      );
    return Math.log(y);
  }
  return -x * x - Math.log(x * Math.sqrt(Math.PI)) + Math.log(1 - 1 / (2 * x * x));
}

// Translations are not Gaussian in their tails (a list item rendered in half its words): a share
// of beads is drawn from a spread three times as wide, so that one outlier does not outweigh
// everything else the pair says.
const OUTLIERS = 0.1;
const OUTLIER_SPREAD = 3;

/**
 * Log of the two-tailed probability that English of length `english` renders Chinese of length
 * `zh`: Gale and Church's δ = (l₂ − c·l₁) / √(s²·l), here with the expected length c·chinese +
 * latin and l the mean of the two lengths (so neither side is privileged).
 */
export function lengthLogProbability(zh: ZhLength, english: number, ratio: number, variance: number): number {
  const expected = ratio * zh.chinese + zh.latin;
  const scale = Math.max(1, (expected + english) / 2);
  const delta = Math.abs(english - expected) / Math.sqrt(variance * scale);
  const core = Math.log(1 - OUTLIERS) + logErfc(delta / Math.SQRT2);
  const tail = Math.log(OUTLIERS) + logErfc(delta / (OUTLIER_SPREAD * Math.SQRT2));
  return Math.max(core, tail) + Math.log1p(Math.exp(-Math.abs(core - tail)));
}
