import { convert } from '../chinese/convert';
import type { ImportResult } from './types';

// Private-use characters stand in for the damaged spots while the text is converted: a spot is kept
// exactly as scraped (an editor repairs it against the source), whatever the converter would do.
const PLACEHOLDER = 0xe000;
const MAX_SPOTS = 0x1800;

/** A piece of the scraped text in the source script: converted to Simplified for a naively converted copy, else as it is. */
export const sourceText =
  (result: Pick<ImportResult, 'script'>) =>
  (text: string): string =>
    result.script.conversion ? convert(text, 'hant', 'hans') : text;

/**
 * The result's text in its source script: for a naively converted Traditional copy, the title,
 * segments and speaker labels converted to Simplified by OpenCC (t→s) in one call over the whole
 * text, as phrase conversion needs context; damaged spots are left as they are. Otherwise the text
 * as it is.
 */
export function toSourceScript(result: ImportResult): Pick<ImportResult, 'title' | 'segments' | 'speakers'> {
  const { title, segments, speakers } = result;
  if (!result.script.conversion) return { title, segments, speakers };
  const spots = [...new Set(result.damage.map((d) => d.text))].slice(0, MAX_SPOTS).sort((a, b) => b.length - a.length);
  const protect = (text: string) => spots.reduce((t, spot, i) => t.split(spot).join(String.fromCharCode(PLACEHOLDER + i)), text);
  const restore = (text: string) => text.replace(/[\ue000-\uf7ff]/g, (ch) => spots[ch.charCodeAt(0) - PLACEHOLDER] ?? ch);
  const texts = [title ?? '', ...segments.map((s) => s.zh), ...speakers.map((s) => s.zh)];
  const converted = restore(convert(texts.map((t) => protect(t.replace(/\n/g, ' '))).join('\n'), 'hant', 'hans')).split('\n');
  return {
    title: title === undefined ? undefined : converted[0],
    segments: segments.map((s, i) => ({ ...s, zh: converted[1 + i] })),
    speakers: speakers.map((s, i) => ({ ...s, zh: converted[1 + segments.length + i] })),
  };
}
