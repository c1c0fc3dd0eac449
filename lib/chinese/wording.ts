import { convertCharacters } from './convert';
import { opencc } from './opencc';
import { hasMarks, readMarks } from './phrase-marks';
import { isProtected, protectedSpans, type ProtectedSpan } from './protect';
import { applyQuoteStyle } from './quotes';
import type { SourceScript, Substitution } from '../core/text';

export interface TaiwanWording {
  text: string;
  substitutions: Substitution[];
}

export interface WordingOptions {
  /**
   * Terms never localized besides the names, titles and quotations found in the text (see
   * protect.ts): the curated glossary's, say. Written in any script; matched in tw characters.
   */
  protect?: readonly string[];
}

const twForms = new Map<string, string[]>();

/** A protected term as tw characters, read as Simplified and as Traditional (one may be a no-op). */
function termForms(term: string): string[] {
  let forms = twForms.get(term);
  if (!forms) {
    forms = [...new Set([convertCharacters(term, 'hans', 'tw'), convertCharacters(term, 'hant', 'tw')])];
    if (twForms.size > 10_000) twForms.clear();
    twForms.set(term, forms);
  }
  return forms;
}

/**
 * OpenCC's Taiwan-phrase conversion (cn→twp, t→twp) of the whole text, with upstream quotation marks,
 * and the phrases it substituted. The whole text goes through at once: phrases depend on context.
 * Substitutions that touch a protected span (a name, a title, a quotation, a term of `protect`) are
 * undone, so those spans read as the tw-characters text does.
 */
export function taiwanPhrases(text: string, from: SourceScript, options: WordingOptions = {}): TaiwanWording {
  if (hasMarks(text)) throw new Error('text contains the noncharacters U+FDD0–U+FDD2 used as phrase marks');
  const { text: converted, marks } = readMarks(opencc(from, 'twp')(text));
  const all = marks.map((m) => ({ original: convertCharacters(m.source, 'hant', 'tw'), localized: m.phrase, offset: m.offset })).filter((s) => s.original !== s.localized);
  if (!all.length) return { text: converted, substitutions: [] };
  const tw = convertCharacters(text, from, 'tw');
  const spans = protectedSpans(tw, (options.protect ?? []).flatMap(termForms));
  return keepUnprotected(converted, all, spans);
}

/** The converted text with every substitution inside a protected span of the tw text undone. */
function keepUnprotected(converted: string, all: Substitution[], spans: readonly ProtectedSpan[]): TaiwanWording {
  const kept: Substitution[] = [];
  let text = '';
  let last = 0; // end of the previous substitution in `converted`
  let twShift = 0; // converted offset minus tw offset, over all substitutions so far
  let outShift = 0; // converted offset minus output offset, over the undone ones
  for (const s of all) {
    const twStart = s.offset - twShift;
    text += converted.slice(last, s.offset);
    if (isProtected(spans, twStart, twStart + s.original.length)) {
      text += s.original;
      outShift += s.localized.length - s.original.length;
    } else {
      text += s.localized;
      kept.push({ ...s, offset: s.offset - outShift });
    }
    twShift += s.localized.length - s.original.length;
    last = s.offset + s.localized.length;
  }
  return { text: text + converted.slice(last), substitutions: kept };
}

/** taiwanPhrases with Taiwan quotation marks (「」『』): what a reader in Taiwan expects. */
export function taiwanWording(text: string, from: SourceScript, options: WordingOptions = {}): TaiwanWording {
  const { text: converted, substitutions } = taiwanPhrases(text, from, options);
  return { text: applyQuoteStyle(converted, 'tw'), substitutions };
}

/**
 * The release's own wording of a Taiwan-wording text: every substitution undone, in tw characters
 * and Taiwan quotation marks (exactly convert(text, from, 'tw') of the source). For quoting the
 * release rather than its localization.
 */
export function releaseWording(wording: TaiwanWording): string {
  let text = wording.text;
  for (const s of [...wording.substitutions].reverse()) text = text.slice(0, s.offset) + s.original + text.slice(s.offset + s.localized.length);
  return text;
}

/**
 * A span [start, end) of the Taiwan-wording text as the release words it: the same passage of
 * releaseWording(wording), a substitution the span cuts into taken whole (no half-localized word).
 * Offsets are UTF-16, end exclusive.
 */
export function releaseWordingOf(wording: TaiwanWording, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  let to = end;
  let shift = 0; // release offset minus wording offset, before the current position
  let startShift = 0;
  let endShift = 0;
  for (const s of wording.substitutions) {
    const sEnd = s.offset + s.localized.length;
    if (s.offset < from && from < sEnd) from = s.offset; // the span starts inside it: take it whole
    if (s.offset < to && to < sEnd) to = sEnd; // it ends inside it
    const delta = s.original.length - s.localized.length;
    if (sEnd <= from) startShift = shift + delta;
    if (sEnd <= to) endShift = shift + delta;
    shift += delta;
  }
  const text = releaseWording(wording);
  const a = from + startShift;
  const b = to + endShift;
  return { text: text.slice(a, b), start: a, end: b };
}
