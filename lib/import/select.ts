import { TrackedBuilder, type TrackedText } from './tracked-text';

const WHITESPACE = /[\s\u3000]/;

/**
 * The page text cut to the extractor's blocks, with the page's own offsets: each block (compared
 * without whitespace, in order) is found in the page text and copied from it, one per line. A
 * block the extractor rewrote is not found and is left out. `before` is the page text above the
 * first block (the article's header: its date line, its source line).
 */
export function selectBlocks(page: TrackedText, blocks: readonly string[]): { text: TrackedText; before: string } {
  let key = '';
  const at: number[] = []; // at[k]: index in page.text of key[k]
  for (let i = 0; i < page.text.length; i++) {
    if (WHITESPACE.test(page.text[i])) continue;
    key += page.text[i];
    at.push(i);
  }
  const out = new TrackedBuilder();
  let cursor = 0;
  let first = -1;
  for (const block of blocks) {
    const wanted = block.replace(/[\s\u3000]+/g, '');
    const found = wanted ? key.indexOf(wanted, cursor) : -1;
    if (found === -1) continue;
    const [start, end] = [at[found], at[found + wanted.length - 1] + 1];
    if (first === -1) first = start;
    else out.insert('\n', page.origin[start]);
    out.copy(page, start, end);
    cursor = found + wanted.length;
  }
  const text = out.build(page.origin[page.text.length]);
  return { text, before: first === -1 ? '' : page.text.slice(Math.max(0, first - 1000), first) };
}
