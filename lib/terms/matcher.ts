export interface Pattern {
  text: string;
  id: string;
}

/** A match in UTF-16 offsets. `ids`: every pattern id with this text, in pattern order; `id` is the first. */
export interface Match {
  start: number;
  end: number;
  id: string;
  ids: readonly string[];
}

export interface Matcher {
  /** Non-overlapping matches, leftmost-longest: at the leftmost position where any pattern
   * starts, the longest pattern starting there wins; the scan resumes after its end. */
  find(text: string): Match[];
  /** Every occurrence of every pattern, overlapping and nested ones included, by start then length (longest first). */
  findAll(text: string): Match[];
}

interface Entry {
  length: number;
  ids: string[];
}

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

/**
 * Aho–Corasick over the REVERSED patterns, run right to left over the text: the state reached
 * after reading text[i..] backwards holds the longest pattern that starts at i. That gives, in one
 * linear pass, the longest pattern at every start, and a greedy left-to-right walk over those
 * is exactly leftmost-longest. Transitions are on code points, so a surrogate pair is never split.
 */
export function buildMatcher(patterns: readonly Pattern[]): Matcher {
  const entries: Entry[] = [];
  const goto: Map<number, number>[] = [new Map()];
  const output: number[] = [-1]; // node → entry of the longest pattern that is a suffix of it, or -1
  const own: number[] = [-1]; // node → entry of the pattern that ends exactly there, or -1

  for (const { text, id } of patterns) {
    if (!text) continue;
    let node = 0;
    for (const c of codePoints(text).reverse()) {
      let child = goto[node].get(c);
      if (child === undefined) {
        child = goto.length;
        goto.push(new Map());
        output.push(-1);
        own.push(-1);
        goto[node].set(c, child);
      }
      node = child;
    }
    if (output[node] === -1) {
      output[node] = own[node] = entries.length;
      entries.push({ length: text.length, ids: [] });
    }
    entries[output[node]].ids.push(id);
  }

  const fail = new Int32Array(goto.length);
  // node → the nearest node on its failure chain (itself excluded) that ends a pattern, or 0.
  const nextOutput = new Int32Array(goto.length);
  const queue: number[] = [...goto[0].values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const [c, child] of goto[node]) {
      let f = fail[node];
      while (f !== 0 && !goto[f].has(c)) f = fail[f];
      fail[child] = goto[f].get(c) ?? 0;
      // A node that ends no pattern inherits its failure's output: the next-longest suffix.
      if (output[child] === -1) output[child] = output[fail[child]];
      nextOutput[child] = own[fail[child]] !== -1 ? fail[child] : nextOutput[fail[child]];
      queue.push(child);
    }
  }

  /** Reads `text` backwards; `visit(start, node)` at each code point, with the automaton's state there. */
  function scan(text: string, visit: (start: number, node: number) => void) {
    let node = 0;
    for (let i = text.length; i > 0;) {
      let start = i - 1;
      const low = text.charCodeAt(start);
      if (low >= 0xdc00 && low <= 0xdfff && start > 0) {
        const high = text.charCodeAt(start - 1);
        if (high >= 0xd800 && high <= 0xdbff) start--;
      }
      const c = text.codePointAt(start)!;
      while (node !== 0 && !goto[node].has(c)) node = fail[node];
      node = goto[node].get(c) ?? 0;
      visit(start, node);
      i = start;
    }
  }
  const matchOf = (start: number, entry: Entry): Match => ({ start, end: start + entry.length, id: entry.ids[0], ids: entry.ids });

  return {
    find(text) {
      // best[i]: entry + 1 of the longest pattern starting at UTF-16 index i (0 when none).
      const best = new Int32Array(text.length);
      scan(text, (start, node) => (best[start] = output[node] + 1));
      const matches: Match[] = [];
      for (let i = 0; i < text.length;) {
        const entry = best[i] ? entries[best[i] - 1] : undefined;
        if (entry) {
          matches.push(matchOf(i, entry));
          i += entry.length;
        } else i++;
      }
      return matches;
    },
    findAll(text) {
      // The patterns starting at a position are the state's own pattern and those down its output chain, longest first.
      const groups: Match[][] = []; // per position, last position first
      scan(text, (start, node) => {
        const here: Match[] = [];
        for (let n = own[node] !== -1 ? node : nextOutput[node]; n !== 0; n = nextOutput[n]) here.push(matchOf(start, entries[own[n]]));
        if (here.length) groups.push(here);
      });
      return groups.reverse().flat();
    },
  };
}
