import { describe, expect, test } from 'vitest';
import { isPoint, matchHeading } from './headings';

describe('matchHeading', () => {
  test.each([
    ['一、新时代实施乡村振兴战略的重大意义', 1, 1],
    ['十二、坚持和完善党对“三农”工作的领导', 1, 12],
    ['第三章 总体要求', 1, 3],
    ['（一）指导思想。全面贯彻党的十九大精神。', 2, 1],
    ['(十)聚力筑牢安全发展底线', 2, 10],
    ['第二节 目标', 2, 2],
    ['1.“四上”企业：', 3, 1],
    ['12、加强管理', 3, 12],
    ['第一條　為了保障權益，制定本法。', 3, 1],
    ['（3）加强监管', 4, 3],
    ['②完善制度', 4, 2],
  ])('%s → level %i, number %i', (line, level, n) => expect(matchHeading(line)).toMatchObject({ level, number: n }));

  test.each([['一一、甲。'], ['一百、乙。'], ['2.5'], ['2025年工作回顾'], ['一、'], ['（GDP）增长'], ['1.5倍']])('%s → none', (line) => expect(matchHeading(line)).toBeNull());
});

describe('isPoint', () => {
  test.each([
    ['一是著力提升產業創新能力。', true],
    ['十一是其他。', true],
    ['第一，相互尊重，积极构建伙伴关系。', true],
    ['第一次会议召开。', false],
    ['一是', true],
    ['是一是二。', false],
  ])('%s → %s', (line, expected) => expect(isPoint(line)).toBe(expected));
});
