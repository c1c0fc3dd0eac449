import type { Span } from './fold';

/** A run of text, marked when a search matched it. */
export type Run = { text: string; marked: boolean };

/**
 * `text` cut into marked and unmarked runs at `spans` (UTF-16 offsets, end excluded), for
 * rendering as React text inside <mark> or not: never as markup. A span running past the text's
 * end is cut there; one that is empty, starts outside the text or overlaps an earlier one is left out.
 */
export function markedRuns(text: string, spans: readonly Span[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of [...spans].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(rawStart, at);
    const end = Math.min(rawEnd, text.length);
    if (start !== rawStart || end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
