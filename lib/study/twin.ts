import { convert } from '@/lib/chinese/convert';

/**
 * The Simplified twin of a text in any script, with the same characters at the same offsets:
 * readings and dictionary words are found on Simplified text, then shown over the original. The
 * whole text is converted (context picks the right character); in the rare case a phrase rule
 * changes the length, each character is converted alone instead, for alignment only: the twin is
 * never shown.
 */
export function simplifiedTwin(text: string): string {
  const whole = convert(text, 'hant', 'hans');
  if (whole.length === text.length && Array.from(whole).length === Array.from(text).length) return whole;
  return Array.from(text, (ch) => {
    const c = convert(ch, 'hant', 'hans');
    return c.length === ch.length ? c : ch;
  }).join('');
}
