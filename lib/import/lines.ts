import { TrackedBuilder, type TrackedText } from './tracked-text';

// Zero-width characters that scraped pages scatter through text; they split words for every matcher.
const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const isBlank = (ch: string) => /\s/.test(ch) || isInvisible(ch.charCodeAt(0));

/**
 * One paragraph per line: CR and CRLF end lines too, invisible characters go, each line is trimmed
 * (including ideographic-space and no-break-space indents) and blank lines are dropped.
 */
export function normalizeLines(source: TrackedText): { text: TrackedText; invisible: number } {
  const { text } = source;
  const out = new TrackedBuilder();
  let invisible = 0;
  let lastEnd = -1; // end of the last line written; its terminator's origin is the new newline's
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    let from = start;
    let to = end;
    while (from < to && isBlank(text[from])) from++;
    while (to > from && isBlank(text[to - 1])) to--;
    if (to > from) {
      if (lastEnd !== -1) out.insert('\n', source.origin[lastEnd]);
      lastEnd = end;
      let run = from;
      for (let i = from; i < to; i++) {
        if (!isInvisible(text.charCodeAt(i))) continue;
        out.copy(source, run, i);
        run = i + 1;
        invisible++;
      }
      out.copy(source, run, to);
    }
    for (let i = start; i < end; i++) if (isInvisible(text.charCodeAt(i)) && (i < from || i >= to)) invisible++;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return { text: out.build(source.origin[text.length]), invisible };
}
