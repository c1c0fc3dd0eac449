import { describe, expect, test } from 'vitest';
import { findDate, findIssuer, splitTitle } from './metadata';

describe('findIssuer', () => {
  test.each([
    ['3月8日下午，山東省人民政府新聞辦公室舉行新聞發布會', '山東省人民政府新聞辦公室'],
    ['3月15日上午,某某市人民政府新闻办公室举行新闻发布会', '某某市人民政府新闻办公室'],
    ['國務院新聞辦公室今天舉行發布會', '國務院新聞辦公室'],
    ['市政府舉行記者會', undefined],
  ])('%s → %s', (lead, issuer) => expect(findIssuer(lead)).toBe(issuer));
});

describe('findDate', () => {
  test.each([
    [['2024年3月8日下午'], '2024-03-08'],
    [['发布时间:2024-05-20 09:30'], '2024-05-20'],
    [['2024/12/1'], '2024-12-01'],
    [['3月8日下午', '時間：2024.03.08'], '2024-03-08'],
    [['3月8日下午'], undefined],
    [['2024年13月40日'], undefined],
    [['(2023-2025年)'], undefined],
  ])('%j → %s', (texts, date) => expect(findDate(texts)).toBe(date));
});

describe('splitTitle', () => {
  test.each([
    [['某某市召開新聞發布會', '3月15日上午，舉行發布會。'], {}, { title: '某某市召開新聞發布會', titleIndex: 0 }],
    [['3月8日下午，舉行新聞發布會。', '正文。'], {}, { title: undefined, titleIndex: -1 }],
    [['只有一行'], {}, { title: undefined, titleIndex: -1 }],
    [['導語。', '正文。'], { htmlTitle: '發布會實錄 - 省政府網站' }, { title: '發布會實錄', titleIndex: -1 }],
    [['欄目', '標題', '導語。'], { h1Paragraph: 1 }, { title: '標題', titleIndex: 1 }],
  ])('%j %j', (paragraphs, hints, expected) => expect(splitTitle(paragraphs, hints)).toEqual(expected));
});
