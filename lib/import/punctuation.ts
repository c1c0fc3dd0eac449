import { charAt, charBefore, isAsciiDigit, isChinese, isHan, isLatinLetter } from './chars';
import { applyEdits, type Change, type TrackedText } from './tracked-text';

const MARKS: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Running count of Han characters, so "does this bracket hold Chinese?" costs O(1) however long the line. */
function countHan(text: string): Int32Array {
  const counts = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) counts[i + 1] = counts[i] + (isHan(charAt(text, i)) ? 1 : 0);
  return counts;
}

/**
 * ASCII punctuation inside Chinese text becomes full-width. The rule for "inside Chinese text":
 *  - `,` `;` `:` `?` `!`: the character right before or right after the mark (no skipping of
 *    spaces) is a Han character or Chinese punctuation, and the mark is not between two ASCII
 *    digits. So `5G,加快` → `5G，加快`, `政策?` → `政策？`, but `1,000`, `10:30`, `e.g., 例如`
 *    and `a.php?id=1` stay as they are; `.` `-` `%` are never touched (`7.1%`, `2-3個`).
 *  - `"…"` and `'…'` (paired in order on one line; a `'` between two Latin letters is an apostrophe
 *    and never pairs): a pair becomes “…” / ‘…’ when its content holds a Han character or the
 *    character before the opening or after the closing mark is Chinese.
 *  - `(…)` (paired by nesting on one line): becomes （…） when its content holds a Han character, so
 *    `(2023-2025年)` → `（2023-2025年）` while `(GDP)` and `(AI)` stay.
 * Damaged text (`isProtected`) is never converted, nor used to pair brackets or quotes.
 */
export function convertPunctuation(source: TrackedText, isProtected: (index: number) => boolean): { text: TrackedText; changes: Change[] } {
  const { text } = source;
  const replaced = new Map<number, string>();
  let hanBefore: Int32Array | undefined; // hanBefore[i]: Han characters in text[0, i), built on first use
  const hasHan = (from: number, to: number) => {
    hanBefore ??= countHan(text);
    return hanBefore[to] - hanBefore[from] > 0;
  };
  const before = (i: number) => replaced.get(i - 1) ?? charBefore(text, i);
  const after = (i: number) => replaced.get(i + 1) ?? charAt(text, i + 1);

  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const open: number[] = [];
    const quotes: Record<'"' | "'", number[]> = { '"': [], "'": [] };
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text[i];
      if (isProtected(i)) continue;
      if (c === '(') open.push(i);
      else if (c === ')' && open.length) {
        const start = open.pop()!;
        if (hasHan(start + 1, i)) replaced.set(start, '（').set(i, '）');
      } else if (c === '"') quotes['"'].push(i);
      else if (c === "'" && !(isLatinLetter(charBefore(text, i)) && isLatinLetter(charAt(text, i + 1)))) quotes["'"].push(i);
    }
    for (const [mark, [opening, closing]] of [
      ['"', ['“', '”']],
      ["'", ['‘', '’']],
    ] as const) {
      const at = quotes[mark];
      for (let k = 0; k + 1 < at.length; k += 2) {
        const [start, end] = [at[k], at[k + 1]];
        if (hasHan(start + 1, end) || isChinese(charBefore(text, start)) || isChinese(charAt(text, end + 1))) replaced.set(start, opening).set(end, closing);
      }
    }
    lineStart = lineEnd + 1;
  }
  for (let i = 0; i < text.length; i++) {
    const full = MARKS[text[i]];
    if (!full || isProtected(i)) continue;
    const [prev, next] = [before(i), after(i)];
    if (isAsciiDigit(prev) && isAsciiDigit(next)) continue;
    if (isChinese(prev) || isChinese(next)) replaced.set(i, full);
  }

  const positions = [...replaced.keys()].sort((a, b) => a - b);
  const changes = positions.map((i) => ({ at: source.origin[i], before: text[i], after: replaced.get(i)! }));
  return {
    text: applyEdits(
      source,
      positions.map((i) => ({ start: i, end: i + 1, text: replaced.get(i)! })),
    ),
    changes,
  };
}
