// Dynamic programming over beads (k Chinese segments to l English paragraphs), restricted to a
// band around the diagonal. One pass finds the best path (Viterbi) and the forward sums; a
// backward pass gives each bead on the path its posterior probability, which is the link's
// confidence. If the best path runs along the band's edge, the band was too narrow for this pair
// (a long omission moves the path off the diagonal): it is doubled and the pass repeated.

export type Shape = readonly [zh: number, en: number];

/** Log-probability of the bead taking zh[i, i + shape[0]) and en[j, j + shape[1]). */
export type BeadScore = (i: number, j: number, shape: Shape) => number;

export type Step = { i: number; j: number; shape: Shape; posterior: number };

type Band = { lo: Int32Array; hi: Int32Array; start: Int32Array; size: number };

function band(n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const start = new Int32Array(n + 1);
  let size = 0;
  for (let i = 0; i <= n; i++) {
    const centre = n ? Math.round((i * m) / n) : 0;
    lo[i] = Math.max(0, centre - width);
    hi[i] = n ? Math.min(m, centre + width) : m;
    start[i] = size;
    size += hi[i] - lo[i] + 1;
  }
  return { lo, hi, start, size };
}

export const logAdd = (a: number, b: number) => (a === -Infinity ? b : b === -Infinity ? a : Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b))));

function run(n: number, m: number, shapes: readonly Shape[], score: BeadScore, b: Band): { steps: Step[]; touches: boolean } {
  const at = (i: number, j: number) => (i < 0 || j < b.lo[i] || j > b.hi[i] ? -1 : b.start[i] + j - b.lo[i]);
  const best = new Float64Array(b.size).fill(-Infinity);
  const forward = new Float64Array(b.size).fill(-Infinity);
  const back = new Int8Array(b.size).fill(-1);
  // Scores are computed once per bead and kept for the backward pass.
  const scores = new Float64Array(b.size * shapes.length).fill(NaN);
  best[0] = forward[0] = 0;
  for (let i = 0; i <= n; i++)
    for (let j = b.lo[i]; j <= b.hi[i]; j++) {
      const cell = at(i, j);
      if (cell === 0) continue;
      shapes.forEach((shape, s) => {
        const prev = at(i - shape[0], j - shape[1]);
        if (prev < 0 || j - shape[1] < 0 || forward[prev] === -Infinity) return;
        const value = score(i - shape[0], j - shape[1], shape);
        scores[cell * shapes.length + s] = value;
        forward[cell] = logAdd(forward[cell], forward[prev] + value);
        if (best[prev] + value > best[cell]) [best[cell], back[cell]] = [best[prev] + value, s];
      });
    }
  const end = at(n, m);
  const backward = new Float64Array(b.size).fill(-Infinity);
  backward[end] = 0;
  for (let i = n; i >= 0; i--)
    for (let j = b.hi[i]; j >= b.lo[i]; j--) {
      const cell = at(i, j);
      if (backward[cell] === -Infinity) continue;
      shapes.forEach((shape, s) => {
        const value = scores[cell * shapes.length + s];
        if (Number.isNaN(value)) return;
        const prev = at(i - shape[0], j - shape[1]);
        backward[prev] = logAdd(backward[prev], backward[cell] + value);
      });
    }

  const steps: Step[] = [];
  let touches = false;
  for (let [i, j] = [n, m]; i > 0 || j > 0;) {
    const cell = at(i, j);
    const s = back[cell];
    if (s < 0) throw new Error(`no alignment path reaches (${i}, ${j})`);
    const shape = shapes[s];
    const [pi, pj] = [i - shape[0], j - shape[1]];
    const prev = at(pi, pj);
    const posterior = Math.exp(forward[prev] + scores[cell * shapes.length + s] + backward[cell] - forward[end]);
    steps.push({ i: pi, j: pj, shape, posterior: Math.min(1, posterior) });
    if ((j === b.lo[i] && j > 0) || (j === b.hi[i] && j < m)) touches = true;
    [i, j] = [pi, pj];
  }
  return { steps: steps.reverse(), touches };
}

/** The best monotone alignment of n Chinese segments to m English paragraphs. */
export function alignBeads(n: number, m: number, shapes: readonly Shape[], score: BeadScore, minWidth = 16, fraction = 0.25): Step[] {
  const widest = Math.max(n, m, 1);
  for (let width = Math.max(minWidth, Math.ceil(fraction * widest), Math.abs(n - m) + 3); ; width *= 2) {
    const result = run(n, m, shapes, score, band(n, m, width));
    if (!result.touches || width >= widest) return result.steps;
  }
}
