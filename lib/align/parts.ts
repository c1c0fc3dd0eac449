// Where a paragraph could be two paragraphs joined: after a sentence (or clause) ends. A bead that
// joins two Chinese segments to one English paragraph (2–1) is scored as the two 1–1 beads it
// would be if the paragraph were cut at one of these points: a paragraph that renders both
// segments has a point where each half fits its segment, one that renders only the second does
// not. The same holds for one segment split over two paragraphs (1–2), cut in the Chinese.

// English: a full stop, question or exclamation mark, colon or semicolon, closing quotes and
// brackets, then a space and the start of a sentence. An abbreviation (Mr. Chan) adds a point
// that fits nothing; it does not hide the true one.
const EN_CUT = /[.!?:;]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
// Chinese: 。！？；：(or ︰) and closing quotes or brackets, before more text.
const ZH_CUT = /[。！？；：︰][」』”’）]*(?=\S)/gu;

function cuts(text: string, pattern: RegExp): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    if (text.slice(0, end).trim() && text.slice(end).trim()) at.push(end);
  }
  return at;
}

/** Offsets at which an English paragraph may be cut into two (the head keeps the punctuation). */
export const enCuts = (text: string) => cuts(text, EN_CUT);

/** Offsets at which a Chinese segment may be cut into two. */
export const zhCuts = (text: string) => cuts(text, ZH_CUT);
