import { HANS_ONLY, HANT_ONLY } from './script-chars';

export type DetectedScript = 'hans' | 'hant' | 'mixed' | 'undetermined';
export type ScriptReport = { script: DetectedScript; sourceScript: 'hans' | 'hant'; hans: number; hant: number };

const HANS = new Set(HANS_ONLY);
const HANT = new Set(HANT_ONLY);

// A text in one script has (almost) no character of the other: a few slip in through names, quoted
// titles or a converter's mistakes. When the minority passes 10% of the script-distinct characters,
// the page mixes scripts (a half-converted scrape) and a curator should look; the draft still
// stores the majority.
const MAJORITY = 0.9;

/** Counts the characters that exist only in Simplified and only in Traditional. */
export function detectScript(text: string): ScriptReport {
  let hans = 0;
  let hant = 0;
  for (const ch of text) {
    if (HANS.has(ch)) hans++;
    else if (HANT.has(ch)) hant++;
  }
  const total = hans + hant;
  const sourceScript = hant > hans ? 'hant' : 'hans';
  if (total === 0) return { script: 'undetermined', sourceScript, hans, hant };
  const script = hans >= MAJORITY * total ? 'hans' : hant >= MAJORITY * total ? 'hant' : 'mixed';
  return { script, sourceScript, hans, hant };
}
