// The server sets one <ruby> over each word (lib/study/ruby-html.ts). A reader's own term, marked
// on the page after it loads, may start or end inside one: that word goes back to one ruby per
// character first, so wrapping the term moves each character with its own reading.
import { offsetOf } from './text-offsets';

/** A word's ruby as one ruby per character, each with its syllable and tone class. */
function explode(ruby: HTMLElement) {
  const rt = ruby.querySelector('rt');
  if (!rt) return;
  const syllables = (rt.textContent ?? '').split(' ');
  const bases = [...ruby.childNodes].filter((n) => n !== rt);
  const chars = bases.flatMap((n) => Array.from(n.textContent ?? '').map((ch) => ({ ch, tone: n instanceof HTMLElement ? n.className : '' })));
  if (chars.length !== syllables.length) return; // not one of ours: leave it
  const singles = chars.map(({ ch, tone }, i) => {
    const single = document.createElement('ruby');
    if (tone) single.className = tone;
    const reading = document.createElement('rt');
    reading.setAttribute('aria-hidden', 'true');
    reading.textContent = syllables[i]!;
    single.append(ch, reading);
    return single;
  });
  ruby.replaceWith(...singles);
}

/** Splits every word ruby in `root` that one of the text offsets falls strictly inside. */
export function splitRubiesAt(root: HTMLElement, ...offsets: number[]) {
  for (const ruby of root.querySelectorAll<HTMLElement>('ruby')) {
    const first = [...ruby.childNodes].find((n) => n.nodeName !== 'RT');
    const text = first && (first.nodeType === Node.TEXT_NODE ? first : first.firstChild);
    const start = text ? offsetOf(root, text, 0) : null;
    if (start === null) continue;
    const length = [...ruby.childNodes].filter((n) => n.nodeName !== 'RT').reduce((n, c) => n + (c.textContent ?? '').length, 0);
    if (offsets.some((o) => o > start && o < start + length)) explode(ruby);
  }
}
