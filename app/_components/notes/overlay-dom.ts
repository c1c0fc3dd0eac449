import type { OverlayMark } from '@/lib/reader/overlay';
import { termKeyOf } from '@/lib/reader/term-link';
import { splitRubiesAt } from '../study/ruby-dom';
import { rangeOf } from '../study/text-offsets';

/** The element a range boundary sits at the edge of (a ruby or a Taiwan-wording mark), so a wrap takes it whole. */
function widen(range: Range) {
  for (const side of ['start', 'end'] as const) {
    const node = side === 'start' ? range.startContainer : range.endContainer;
    const offset = side === 'start' ? range.startOffset : range.endOffset;
    let el = node.parentElement;
    while (el && !el.classList.contains('seg-text')) {
      const edge = side === 'start' ? offset === 0 && el.firstChild === node : offset === (node.textContent ?? '').length && el.lastChild?.contains(node);
      if (!edge || !['RUBY', 'MARK'].includes(el.tagName) || el.closest('a.term')) break;
      if (side === 'start') range.setStartBefore(el);
      else range.setEndAfter(el);
      el = el.parentElement;
    }
  }
}

const addNested = (link: HTMLElement, key: string) => {
  link.classList.add('has-mine');
  if (key === termKeyOf(link.getAttribute('href'))) return;
  const keys = new Set((link.dataset.nested ?? '').split(' ').filter(Boolean)).add(key);
  link.dataset.nested = [...keys].join(' ');
};

/**
 * Puts one reader's own terms on the public page: a term where no public one is becomes a term
 * link of its own (class `mine`); one inside or across a public term marks that term as holding
 * the reader's note, and its card then shows it. Applied again after the rows are refreshed.
 */
export function applyOverlay(marks: readonly OverlayMark[], hrefFor: (key: string) => string) {
  // Last first within a segment, so earlier offsets stay valid while later ones are wrapped.
  for (const mark of [...marks].sort((a, b) => b.start - a.start)) {
    const text = document.getElementById(`p-${mark.segment}`)?.querySelector<HTMLElement>('.cell.zh .seg-text');
    if (!text) continue;
    const links = [...text.querySelectorAll<HTMLElement>('a.term')];
    if (mark.place === 'free') splitRubiesAt(text, mark.start, mark.end);
    const range = rangeOf(text, mark.start, mark.end);
    const touched = links.find((link) => range.intersectsNode(link));
    if (mark.place !== 'free' || touched) {
      if (touched) addNested(touched, mark.key);
      continue;
    }
    widen(range);
    const link = document.createElement('a');
    link.className = 'term mine';
    link.href = hrefFor(mark.key);
    link.append(range.extractContents());
    range.insertNode(link);
  }
}

/** The reader's overlay for the page they are on. */
export async function fetchOverlay(release: string, script: string, wording: string): Promise<OverlayMark[]> {
  const query = new URLSearchParams({ release, script, ...(wording === 'tw' && { wording }) });
  const response = await fetch(`/api/v1/me/marks?${query}`, { cache: 'no-store' });
  return response.ok ? ((await response.json()) as { marks: OverlayMark[] }).marks : [];
}

/**
 * Fetches the page again and swaps in its rows: after a note is shared the public page changes
 * (its cached copy is already invalidated); copy buttons come back enabled.
 */
export async function refreshRows(): Promise<void> {
  const body = document.querySelector<HTMLElement>('.rows-body');
  if (!body) return;
  const page = await (await fetch(window.location.href, { cache: 'no-store' })).text();
  const fresh = new DOMParser().parseFromString(page, 'text/html').querySelector('.rows-body');
  if (!fresh) return;
  body.innerHTML = fresh.innerHTML;
  body.querySelectorAll<HTMLButtonElement>('button.copy-citation').forEach((b) => (b.disabled = false));
}
