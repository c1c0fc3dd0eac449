import { expect, test } from 'vitest';
import { alignBeads, type Shape } from './dp';

const SHAPES: Shape[] = [
  [1, 1],
  [1, 0],
  [0, 1],
];

test('the band widens when the best path leaves the diagonal (a long omission)', () => {
  // 100 Chinese segments, of which the English renders only the last 30: segment i matches paragraph i - 70.
  const steps = alignBeads(100, 30, SHAPES, (i, j, [dz, de]) => (dz && de ? (i - 70 === j ? 0 : -20) : -3));
  expect(steps.filter((s) => s.shape[0] && s.shape[1]).map((s) => [s.i, s.j])).toEqual(Array.from({ length: 30 }, (_, k) => [70 + k, k]));
  expect(steps.filter((s) => !s.shape[1])).toHaveLength(70);
});

test('posteriors are probabilities, near 1 where the evidence is clear', () => {
  const steps = alignBeads(5, 5, SHAPES, (i, j, [dz, de]) => (dz && de ? (i === j ? 0 : -10) : -5));
  expect(steps.map((s) => s.shape)).toEqual(Array(5).fill([1, 1]));
  for (const s of steps) expect(s.posterior).toBeGreaterThan(0.99);
  for (const s of steps) expect(s.posterior).toBeLessThanOrEqual(1);
});
