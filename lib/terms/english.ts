export interface Rendering {
  key: string;
  texts: readonly string[];
}

export interface RenderingMatch {
  start: number;
  end: number;
  key: string;
}

const PARENTHESIS = /^\(.*\)$/;
const escape = (word: string) => word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/['’]/g, "['’]");
const phrase = (text: string) => text.trim().split(/\s+/).map(escape).join('\\s+');

/**
 * A rendering as a pattern: words separated by any whitespace, either apostrophe, and each
 * parenthesised part optional, with or without its parentheses: "little giant (enterprises)"
 * also finds "little giant" and "little giant enterprises". An English plural ending is allowed
 * ("chain leaders" for "chain leader").
 */
function renderingPattern(text: string): RegExp {
  const parts = text
    .trim()
    .split(/\s*(\([^()]*\))\s*/)
    .filter(Boolean);
  let source = '';
  let required = false; // whether a part outside parentheses came before
  if (parts.every((p) => PARENTHESIS.test(p))) source = phrase(text);
  else
    for (const part of parts) {
      if (PARENTHESIS.test(part)) {
        const inner = phrase(part.slice(1, -1));
        const optional = `(?:\\(${inner}\\)|${inner})`;
        source += required ? `(?:\\s+${optional})?` : `(?:${optional}\\s+)?`;
      } else {
        source += (required ? '\\s+' : '') + phrase(part);
        required = true;
      }
    }
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Where the given terms' renderings occur in an English segment: case-insensitive, whole words,
 * longest first, no overlaps, in text order. Pass only the terms found in the aligned Chinese.
 */
export function findRenderings(en: string, renderings: readonly Rendering[]): RenderingMatch[] {
  const candidates: RenderingMatch[] = [];
  for (const { key, texts } of renderings)
    for (const text of texts) if (text.trim()) for (const m of en.matchAll(renderingPattern(text))) candidates.push({ start: m.index, end: m.index + m[0].length, key });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(en.length);
  const found: RenderingMatch[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).some(Boolean)) continue;
    taken.fill(1, c.start, c.end);
    found.push(c);
  }
  return found.sort((a, b) => a.start - b.start);
}
