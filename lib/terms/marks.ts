import type { Substitution } from '@/lib/core/text';
import { splitAtSubstitutions } from '@/lib/reader/spans';

export interface TermMatch {
  start: number;
  end: number;
  key: string;
}

/**
 * A piece of a segment's text. `term` and `match` (the index of the term match in text order, so
 * two adjacent matches of one term stay two runs) are set inside a term; `original` inside a
 * Taiwan substitution, on both halves when a term boundary splits one.
 */
export interface Piece {
  text: string;
  term?: string;
  match?: number;
  original?: string;
}

export interface Run {
  term?: string;
  pieces: Piece[];
}

/** The text cut at every term and substitution boundary; the pieces' texts join back to `text`. */
export function markSegment(text: string, terms: readonly TermMatch[], substitutions: readonly Substitution[]): Piece[] {
  const matches = [...terms].sort((a, b) => a.start - b.start);
  matches.forEach((m, i) => {
    if (m.start < 0 || m.end <= m.start || m.end > text.length || (i > 0 && m.start < matches[i - 1].end))
      throw new Error(`term match ${m.key} at ${m.start}–${m.end} overlaps another or lies outside the text`);
  });
  const pieces: Piece[] = [];
  let next = 0; // the first match not yet behind the cursor
  let cursor = 0;
  for (const span of splitAtSubstitutions(text, substitutions)) {
    const spanEnd = cursor + span.text.length;
    while (cursor < spanEnd) {
      while (next < matches.length && matches[next].end <= cursor) next++;
      const m = matches[next];
      const inside = m !== undefined && m.start <= cursor;
      const end = Math.min(spanEnd, inside ? m.end : (m?.start ?? spanEnd));
      pieces.push({
        text: text.slice(cursor, end),
        ...(inside && { term: m.key, match: next }),
        ...(span.original !== undefined && { original: span.original }),
      });
      cursor = end;
    }
  }
  return pieces;
}

/** Consecutive pieces of one term match as one run (one element to wrap), the rest as runs without a term. */
export function groupByTerm(pieces: readonly Piece[]): Run[] {
  const runs: Run[] = [];
  for (const piece of pieces) {
    const run = runs.at(-1);
    if (run && run.pieces[0].match === piece.match) run.pieces.push(piece);
    else runs.push({ ...(piece.term !== undefined && { term: piece.term }), pieces: [piece] });
  }
  return runs;
}
