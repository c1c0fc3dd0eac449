import { convertCharacters } from './convert';
import { opencc } from './opencc';
import { hasMarks, readMarks } from './phrase-marks';
import { applyQuoteStyle } from './quotes';
import type { SourceScript, Substitution } from '../core/text';

export interface TaiwanWording {
  text: string;
  substitutions: Substitution[];
}

/**
 * OpenCC's Taiwan-phrase conversion (cn→twp, t→twp) of the whole text, with upstream quotation marks,
 * and the phrases it substituted. The whole text goes through at once: phrases depend on context.
 */
export function taiwanPhrases(text: string, from: SourceScript): TaiwanWording {
  if (hasMarks(text)) throw new Error('text contains the noncharacters U+FDD0–U+FDD2 used as phrase marks');
  const { text: converted, marks } = readMarks(opencc(from, 'twp')(text));
  const substitutions = marks
    .map((m) => ({ original: convertCharacters(m.source, 'hant', 'tw'), localized: m.phrase, offset: m.offset }))
    .filter((s) => s.original !== s.localized);
  return { text: converted, substitutions };
}

/** taiwanPhrases with Taiwan quotation marks (「」『』): what a reader in Taiwan expects. */
export function taiwanWording(text: string, from: SourceScript): TaiwanWording {
  const { text: converted, substitutions } = taiwanPhrases(text, from);
  return { text: applyQuoteStyle(converted, 'tw'), substitutions };
}
