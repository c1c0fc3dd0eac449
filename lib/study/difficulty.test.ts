import { expect, test } from 'vitest';
import { loadDifficulty } from './difficulty';

test('HSK levels: listed words, then the hardest character, 7 beyond HSK', async () => {
  const { level } = await loadDifficulty();
  expect(level('的')).toBe(1);
  expect(level('经济')).toBe(4); // HSK 4 word
  expect(level('工业化')).toBe(3); // not listed: 工 业 化 are at most level 3
  expect(level('2023')).toBe(0);
  expect(level('鏈')).toBe(7); // a Traditional form is not in the lists: callers pass Simplified keys
});

test('corpus ranks: common words rank near the top, unknown words have none', async () => {
  const { rank } = await loadDifficulty();
  expect(rank('的')).toBe(1);
  expect(rank('经济')!).toBeLessThan(rank('工业化')!);
  expect(rank('专精特新')).toBeNull();
});

test('loads once', async () => {
  expect(await loadDifficulty()).toBe(await loadDifficulty());
});
