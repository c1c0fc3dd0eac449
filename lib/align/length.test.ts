import { expect, test } from 'vitest';
import { enLength, lengthLogProbability, zhLength } from './length';

test('Chinese is measured in characters, its Latin runs apart; English without spaces', () => {
  expect(zhLength('運輸署今日公布第23批項目')).toEqual({ chinese: 11, latin: 2 });
  expect(enLength('The 23rd batch')).toBe(12);
});

test('a rule line counts for nothing: how many dashes each side draws is typography', () => {
  expect(zhLength('————————')).toEqual({ chinese: 0, latin: 0 });
  expect(enLength('---------------------------------------------')).toBe(0);
  expect(zhLength('幼童和孕婦 —————')).toEqual(zhLength('幼童和孕婦'));
  expect(enLength('Infants and pregnant women -------------------')).toBe(enLength('Infants and pregnant women'));
  // So two rules of different lengths fit each other perfectly.
  expect(lengthLogProbability(zhLength('————'), enLength('-------------------------'), 3.3, 5)).toBeCloseTo(0, 5);
});
