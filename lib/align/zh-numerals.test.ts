import { describe, expect, test } from 'vitest';
import { arabicFigures, chineseNumeralValue } from './zh-numerals';

describe('arabicFigures', () => {
  test.each([
    ['二零二五年十二月份', '2025年12月份'],
    ['二○一二年十月', '2012年10月'],
    ['約二千四百四十萬元', '約24400000元'],
    ['第二十三批共四個項目', '第23批共4個項目'],
    ['超過三萬五千個名額', '超過35000個名額'],
    ['七萬多個', '70000多個'],
    ['超過九成半教師', '超過95%教師'],
    ['近百分之九十二', '近百分之92'],
    ['十一時零一分', '11時01分'],
    ['下午十二時四十五分至一時十五分', '下午12時45分至1時15分'],
    ['一月二十一日', '1月21日'],
    ['二○二四／二五學年', '2024／25學年'],
    ['每三年、最少六小時', '每3年、最少6小時'],
    ['113年06月13日', '2024年06月13日'],
    ['民國113年', '民國2024年'],
  ])('%s → %s', (zh, arabic) => expect(arabicFigures(zh)).toBe(arabic));

  test.each(['一般而言', '統一十分重視', '千萬不要', '一系列', '兩大範疇', '一二三', '萬眾一心'])('leaves %s as written', (zh) => expect(arabicFigures(zh)).toBe(zh));

  test('a Gregorian year before a month stays', () => expect(arabicFigures('2025年12月')).toBe('2025年12月'));
});

describe('chineseNumeralValue', () => {
  test.each([
    ['十', 10],
    ['二十三', 23],
    ['一千零五', 1005],
    ['二千四百四十萬', 24_400_000],
    ['三億五千萬', 350_000_000],
  ])('%s = %d', (run, value) => expect(chineseNumeralValue(run)).toBe(value));

  test('digits side by side are no positional numeral', () => expect(chineseNumeralValue('一二')).toBeNull());
});
