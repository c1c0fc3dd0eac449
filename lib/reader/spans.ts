import type { Substitution } from '@/lib/core/text';

export type Span = { text: string; original?: string };

/** Splits a segment's text at its substitutions so each localized word can be marked. */
export function splitAtSubstitutions(text: string, substitutions: readonly Substitution[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const s of [...substitutions].sort((a, b) => a.offset - b.offset)) {
    if (s.offset < cursor || text.slice(s.offset, s.offset + s.localized.length) !== s.localized)
      throw new Error(`substitution "${s.localized}" at ${s.offset} does not match the text`);
    if (s.offset > cursor) spans.push({ text: text.slice(cursor, s.offset) });
    spans.push({ text: s.localized, original: s.original });
    cursor = s.offset + s.localized.length;
  }
  if (cursor < text.length) spans.push({ text: text.slice(cursor) });
  return spans;
}
