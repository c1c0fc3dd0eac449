// DOM helpers for the pop-up dictionary: offsets into a segment's text as the server cut it,
// counting only the characters (never the ruby readings in <rt>).

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('rt') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

export const segmentText = (root: Element) =>
  textNodes(root)
    .map((n) => n.data)
    .join('');

/** The offset in `root`'s text of a point inside it; null when the point is in a reading or outside. */
export function offsetOf(root: Element, node: Node, offset: number): number | null {
  let at = 0;
  for (const n of textNodes(root)) {
    if (n === node) return at + offset;
    at += n.data.length;
  }
  return null;
}

/** The character position under the pointer. */
export function pointAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A DOM range over [start, end) of `root`'s text. */
export function rangeOf(root: Element, start: number, end: number): Range {
  const range = document.createRange();
  let at = 0;
  for (const n of textNodes(root)) {
    const next = at + n.data.length;
    if (start >= at && start < next) range.setStart(n, start - at);
    if (end > at && end <= next) {
      range.setEnd(n, end - at);
      break;
    }
    at = next;
  }
  return range;
}

/** Which of a reading's space-separated syllables a point in it falls on. */
function syllableIndex(reading: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(reading, 0);
  range.setEnd(node, offset);
  return (range.toString().match(/ /g) ?? []).length;
}

const contains = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/**
 * The offset of the character under (x, y) in `root`'s text. The caret lands before or after it,
 * so the characters on both sides are tried, whole code points (a Hong Kong name may hold one
 * outside the BMP).
 */
export function charAtPoint(root: Element, x: number, y: number): number | null {
  const point = pointAt(x, y);
  if (!point || !root.contains(point.node)) return null;
  // A reading stands for the character under it: a word's k-th syllable for its k-th character.
  const reading = point.node.parentElement?.closest('rt');
  if (reading) {
    const base = textNodes(reading.parentElement!);
    const syllable = syllableIndex(reading, point.node, point.offset);
    const chars: { n: Text; at: number }[] = [];
    for (const n of base) for (let at = 0; at < n.data.length; at += String.fromCodePoint(n.data.codePointAt(at)!).length) chars.push({ n, at });
    const hit = chars[Math.min(syllable, chars.length - 1)];
    return hit ? offsetOf(root, hit.n, hit.at) : null;
  }
  const offset = offsetOf(root, point.node, point.offset);
  if (offset === null) return null;
  const text = segmentText(root);
  const after = offset < text.length ? [offset, offset + String.fromCodePoint(text.codePointAt(offset)!).length] : null;
  const lead = offset >= 2 && /[\uDC00-\uDFFF]/.test(text[offset - 1] ?? '') ? offset - 2 : offset - 1;
  const before = offset > 0 ? [lead, offset] : null;
  for (const span of [after, before]) {
    if (span && [...rangeOf(root, span[0], span[1]).getClientRects()].some((r) => contains(r, x, y))) return span[0];
  }
  return null;
}
