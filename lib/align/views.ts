// A bead that joins several segments or paragraphs is scored as the parts it joins. Where a text
// ends a sentence, the join after it most likely shows on the other side too, as a sentence
// boundary (parts.ts): the bead is cut there and after one of the other side's sentences, and each
// part is scored against its counterpart. A join that shows nothing (after a heading) stays inside
// a part. Every bead shape is scored this way, so that no shape can take in text whose
// counterpart is missing by being scored only whole: two segments to one paragraph, three to one,
// and two to two, where one side is cut at its join and the other inside a text.

/** Text as the aligner weighs it: its length and its anchor keys. */
export type Piece<L> = { length: L; keys: Set<string> };

/** A segment or paragraph: the pieces between its sentence boundaries (0 to `sentences`). */
export type Unit<L> = { sentences: number; range: (from: number, to: number) => Piece<L>; endsSentence: boolean; standalone: boolean };

// Keys a text has by its ends, not by its content: only the part that ends or starts it has them.
const AT_END = /^s:(?:lead-in|question)$/;
const AT_START = /^(?:m:|s:label$)/;

/** A unit from its whole and its sentences (when it has more than one). */
export function unitOf<L>(whole: Piece<L>, sentences: Piece<L>[], add: (a: L, b: L) => L, flags: { endsSentence: boolean; standalone: boolean }): Unit<L> {
  const memo = new Map<number, Piece<L>>();
  const count = Math.max(1, sentences.length);
  const range = (from: number, to: number): Piece<L> => {
    if (from === 0 && to === count) return whole;
    const id = from * (count + 1) + to;
    let piece = memo.get(id);
    if (!piece) {
      const keys = new Set<string>();
      for (let k = from; k < to; k++) for (const key of sentences[k].keys) if ((k === to - 1 || !AT_END.test(key)) && (k === from || !AT_START.test(key))) keys.add(key);
      piece = { length: sentences.slice(from + 1, to).reduce((s, x) => add(s, x.length), sentences[from].length), keys };
      memo.set(id, piece);
    }
    return piece;
  };
  return { sentences: count, range, endsSentence: flags.endsSentence, standalone: flags.standalone };
}

/** A part of a bead's side: its text, how many units it spans, whether it ends inside one. */
export type Part<L> = Piece<L> & { units: number; standaloneJoined: boolean; endsInside: boolean };

/** One side of a bead: consecutive units, their sentences numbered across them. */
export class Side<L> {
  readonly starts: number[] = [];
  readonly total: number;
  constructor(
    readonly units: Unit<L>[],
    private readonly add: (a: L, b: L) => L,
  ) {
    let at = 0;
    for (const u of units) {
      this.starts.push(at);
      at += u.sentences;
    }
    this.total = at;
  }

  /** Boundaries after a unit, 1…total−1: where the side's texts were joined. */
  get joins(): number[] {
    return this.starts.slice(1);
  }

  isJoin = (at: number) => this.starts.includes(at);

  private readonly parts = new Map<number, Part<L>>();

  /** The side's text between two boundaries. */
  part(from: number, to: number): Part<L> {
    const id = from * (this.total + 1) + to;
    let part = this.parts.get(id);
    if (!part) this.parts.set(id, (part = this.build(from, to)));
    return part;
  }

  private build(from: number, to: number): Part<L> {
    const pieces: Piece<L>[] = [];
    let [standalone, endsInside] = [false, false];
    this.units.forEach((u, k) => {
      const [lo, hi] = [Math.max(from, this.starts[k]), Math.min(to, this.starts[k] + u.sentences)];
      if (lo >= hi) return;
      pieces.push(u.range(lo - this.starts[k], hi - this.starts[k]));
      standalone ||= u.standalone;
      endsInside = hi - this.starts[k] < u.sentences;
    });
    const units = pieces.length;
    const keys = units === 1 ? pieces[0].keys : new Set(pieces.flatMap((x) => [...x.keys]));
    const length = pieces.slice(1).reduce((sum, x) => this.add(sum, x.length), pieces[0].length);
    return { length, keys, units, standaloneJoined: units > 1 && standalone, endsInside };
  }

  /** Log-probability of the joins shown and not shown, given the boundaries a view cuts at. */
  joinTerm(cuts: number[], visible: number): number {
    return this.units.slice(0, -1).reduce((sum, u, k) => {
      const shows = u.endsSentence ? visible : 1 - visible;
      return sum + Math.log(cuts.includes(this.starts[k + 1]) ? shows : 1 - shows);
    }, 0);
  }
}

/** Every choice of `count` boundaries, in order, from `positions`. */
function choose(positions: number[], count: number): number[][] {
  if (!count) return [[]];
  return positions.flatMap((p, k) => choose(positions.slice(k + 1), count - 1).map((rest) => [p, ...rest]));
}

const between = (total: number) => Array.from({ length: Math.max(0, total - 1) }, (_, k) => k + 1);

/**
 * The ways to see a bead as parts: boundaries on each side, as many on both, paired in order. A
 * side of several texts is cut only at its joins, a side of one text after any sentence; a two-to-two
 * bead is cut at the joins of one side and inside the texts of the other (cut at both joins, it
 * would be two beads). The first view is the whole bead, uncut.
 */
export function views<L, M>(zh: Side<L>, en: Side<M>): [number[], number[]][] {
  const found: [number[], number[]][] = [[[], []]];
  const parts = Math.max(zh.units.length, en.units.length);
  for (let k = 1; k < parts; k++) {
    const pairs = (a: number[][], b: number[][]) => a.flatMap((x) => b.map((y) => [x, y] as [number[], number[]]));
    if (en.units.length === 1) found.push(...pairs(choose(zh.joins, k), choose(between(en.total), k)));
    else if (zh.units.length === 1) found.push(...pairs(choose(between(zh.total), k), choose(en.joins, k)));
    else
      found.push(
        ...pairs(
          choose(zh.joins, k),
          choose(
            between(en.total).filter((b) => !en.isJoin(b)),
            k,
          ),
        ),
        ...pairs(
          choose(
            between(zh.total).filter((b) => !zh.isJoin(b)),
            k,
          ),
          choose(en.joins, k),
        ),
      );
  }
  return found;
}
