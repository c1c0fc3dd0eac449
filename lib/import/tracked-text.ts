// Text that remembers, for every UTF-16 unit, its offset in the decoded source, so each cleaning
// step can report positions in the text the user has, however many steps ran before it.
export type TrackedText = {
  readonly text: string;
  /** origin[i] = offset in the decoded text of text[i]; origin[text.length] = the end. */
  readonly origin: Int32Array;
};

/** One edit as a cleaning step reports it: at an offset in the decoded text, `before` became `after`. */
export type Change = { at: number; before: string; after: string };

export function trackIdentity(text: string): TrackedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

export class TrackedBuilder {
  private readonly parts: string[] = [];
  private origin = new Int32Array(1024);
  private length = 0;

  /** Appends source.text[start, end) with its origins. */
  copy(source: TrackedText, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(source.text.slice(start, end));
    this.reserve(end - start);
    this.origin.set(source.origin.subarray(start, end), this.length);
    this.length += end - start;
    return this;
  }

  /** Appends new text whose every unit points at `at` in the decoded text. */
  insert(text: string, at: number): this {
    if (!text) return this;
    this.parts.push(text);
    this.reserve(text.length);
    this.origin.fill(at, this.length, this.length + text.length);
    this.length += text.length;
    return this;
  }

  build(endOrigin: number): TrackedText {
    this.reserve(1);
    const origin = this.origin.slice(0, this.length + 1);
    origin[this.length] = endOrigin;
    return { text: this.parts.join(''), origin };
  }

  private reserve(extra: number) {
    if (this.length + extra < this.origin.length) return;
    let size = this.origin.length * 2;
    while (size <= this.length + extra) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.origin.subarray(0, this.length));
    this.origin = grown;
  }
}

/** Rebuilds `source` with each [start, end) of `edits` replaced by its text (edits sorted, disjoint). */
export function applyEdits(source: TrackedText, edits: readonly { start: number; end: number; text: string }[]): TrackedText {
  const out = new TrackedBuilder();
  let at = 0;
  for (const edit of edits) {
    out.copy(source, at, edit.start).insert(edit.text, source.origin[edit.start]);
    at = edit.end;
  }
  return out.copy(source, at, source.text.length).build(source.origin[source.text.length]);
}

/** The lines of a tracked text, each with its start offset in that text (without the newline). */
export function trackedLines(source: TrackedText): { start: number; end: number; text: string }[] {
  const lines: { start: number; end: number; text: string }[] = [];
  let start = 0;
  while (start <= source.text.length) {
    const newline = source.text.indexOf('\n', start);
    const end = newline === -1 ? source.text.length : newline;
    lines.push({ start, end, text: source.text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}
