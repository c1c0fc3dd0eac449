import { isPinyinSyllable, PINYIN_LETTERS } from './pinyin';
import { applyEdits, type Change, type TrackedText } from './tracked-text';

// A Han character, then one pinyin syllable in ASCII or full-width brackets: `發(fā)`, `會（huì）`, `长(zhang3)`,
// with the spaces some mirrors put inside or before the brackets (`會(huì )`, `會 (huì)`).
// Real bracketed text never matches: `(2023-2025年)`, `（試行）`, `(GDP)` hold no pinyin syllable.
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han}) ?[(（] ?([${PINYIN_LETTERS}]{1,6}[1-5]?) ?[)）]`, 'gu');

/**
 * Strips flattened ruby annotations, keeping the character. The readings are not trusted (the seed
 * annotates 協調 as diào): they are dropped, never kept as data. `isProtected(i)` marks damaged text,
 * which is left as it is.
 */
export function stripAnnotations(source: TrackedText, isProtected: (index: number) => boolean): { text: TrackedText; changes: Change[] } {
  const edits: { start: number; end: number; text: string }[] = [];
  const changes: Change[] = [];
  for (const m of source.text.matchAll(ANNOTATION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isPinyinSyllable(m[1]) || isProtected(start - 1) || isProtected(start) || isProtected(end - 1)) continue;
    edits.push({ start, end, text: '' });
    changes.push({ at: source.origin[start], before: m[0], after: '' });
  }
  return { text: applyEdits(source, edits), changes };
}
