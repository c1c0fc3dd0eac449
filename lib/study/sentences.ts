// Sentences of a Chinese paragraph, for example sentences and citations. A sentence ends after a run
// of 。！？；… or ⋯ (Taiwan's ellipsis), or ASCII !?; — not the ASCII full stop, the decimal point
// in 7.1% — and the closing quotes and brackets that follow, as in 「……。」; a line break ends one too.

export type Sentence = { start: number; end: number; text: string };

const TERMINATORS = new Set('。！？；…⋯!?;');
const CLOSERS = new Set('」』”’）》〉】〕)]');

/** Every non-blank sentence, trimmed; start and end are code-unit offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const start = from + (raw.length - raw.trimStart().length);
    const end = from + raw.trimEnd().length;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
    from = to;
  };
  for (let i = 0; i < text.length;) {
    if (text[i] === '\n') {
      push(++i);
    } else if (TERMINATORS.has(text[i]!)) {
      // 。」 and ？！」） end where the marks end; a sentence never starts with one.
      while (i < text.length && (TERMINATORS.has(text[i]!) || CLOSERS.has(text[i]!))) i++;
      push(i);
    } else {
      i++;
    }
  }
  push(text.length);
  return sentences;
}

/**
 * The sentence holding the code unit at `offset` (`text.length` means the last one). An offset in
 * the blank between two sentences belongs to the one before it.
 */
export function sentenceAt(text: string, offset: number): Sentence {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`Offset ${offset} is outside a text of length ${text.length}`);
  }
  const sentences = splitSentences(text);
  // The last sentence starting at or before offset; a blank lead-in belongs to the first.
  const found = sentences.findLast((s) => s.start <= offset) ?? sentences[0];
  return found ?? { start: offset, end: offset, text: '' };
}
