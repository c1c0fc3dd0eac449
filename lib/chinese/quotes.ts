import type { Script } from '../core/text';

const CURLY_TO_CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const CORNER_TO_CURLY = Object.fromEntries(Object.entries(CURLY_TO_CORNER).map(([k, v]) => [v, k]));

const STYLE: Record<Script, Record<string, string> | null> = {
  hans: CORNER_TO_CURLY,
  hant: null, // Traditional text in general uses either style: keep the source's
  tw: CURLY_TO_CORNER,
  hk: CURLY_TO_CORNER,
};

/** Quotation marks in the script's house style. One character for one, so offsets survive. */
export function applyQuoteStyle(text: string, script: Script): string {
  const map = STYLE[script];
  return map ? text.replace(/[“”‘’「」『』]/g, (q) => map[q] ?? q) : text;
}
