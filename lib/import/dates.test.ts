import { describe, expect, test } from 'vitest';
import { findDate, findDates, isDateLine } from './dates';

describe('findDates', () => {
  test.each([
    ['2024年3月8日下午', '2024-03-08', 'gregorian'],
    ['2024 年 3 月 8 日', '2024-03-08', 'gregorian'],
    ['发布时间:2024-05-20 09:30', '2024-05-20', 'gregorian'],
    ['2024/12/1', '2024-12-01', 'gregorian'],
    ['時間：2024.03.08', '2024-03-08', 'gregorian'],
    ['二〇二五年十二月二十日', '2025-12-20', 'gregorian'],
    ['二零二四年一月三日', '2024-01-03', 'gregorian'],
    ['二○二六年一月二十一日', '2026-01-21', 'gregorian'],
    ['113年06月13日', '2024-06-13', 'roc'],
    ['中華民國90年10月26日', '2001-10-26', 'roc'],
    ['民國113年6月13日', '2024-06-13', 'roc'],
  ])('%s → %s (%s)', (text, iso, calendar) => expect(findDates(text)[0]).toMatchObject({ iso, calendar }));

  test.each([['3月8日下午'], ['2024年13月40日'], ['(2023-2025年)'], ['二〇二五年十二月'], ['7.1%'], ['1.2.3.4'], ['2024-02-30']])('%s → no date', (text) =>
    expect(findDates(text)).toEqual([]),
  );

  test('dates in order of position, each with its text', () => {
    expect(findDates('——2026年1月27日在会上；时间：2026-02-01').map((d) => [d.iso, d.text])).toEqual([
      ['2026-01-27', '2026年1月27日'],
      ['2026-02-01', '2026-02-01'],
    ]);
  });
});

describe('findDate', () => {
  test.each([
    [['3月8日下午', '時間：2024.03.08'], '2024-03-08'],
    [['3月8日下午'], undefined],
  ])('%j → %s', (texts, date) => expect(findDate(texts)?.iso).toBe(date));
});

describe('isDateLine', () => {
  test.each([
    ['113年06月13日', true],
    ['（2018年1月2日）', true],
    ['2024-06-17 19:20', true],
    ['（2019年2月16日，慕尼黑）', true],
    ['2024年3月8日下午，山東省人民政府新聞辦公室舉行新聞發布會。', false],
    ['——2026年1月27日在山东省第十四届人民代表大会第四次会议上', false],
    ['本市', false],
  ])('%s → %s', (line, expected) => expect(isDateLine(line)).toBe(expected));
});
