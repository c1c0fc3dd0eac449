import { opencc } from './opencc';
import { applyQuoteStyle } from './quotes';
import type { Script, SourceScript } from '../core/text';

/** OpenCC character conversion with our overrides, quotation marks untouched (as upstream OpenCC). */
export function convertCharacters(text: string, from: SourceScript, to: Script): string {
  return opencc(from, to)(text);
}

/** Text in the target script's characters and quotation marks; no Taiwan phrases (see wording.ts). */
export function convert(text: string, from: SourceScript, to: Script): string {
  return to === from ? text : applyQuoteStyle(convertCharacters(text, from, to), to);
}
