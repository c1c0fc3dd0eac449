import { describe, expect, test } from 'vitest';
import { readHeader } from './header';

describe('readHeader', () => {
  test.each([
    ['a one-line headline', ['某某市召開新聞發布會', '3月15日上午，舉行發布會。'], { title: '某某市召開新聞發布會', titleLines: 1, front: [] }],
    ['a lead, no headline', ['3月8日下午，舉行新聞發布會。', '正文。'], { title: undefined, titleLines: 0, front: [] }],
    ['a single line', ['只有一行'], { title: undefined, titleLines: 0, front: [] }],
    [
      'a long headline and an ROC date',
      ['總統：2020年讓更多人感受到照顧，讓經濟更好，讓臺灣民主、自由跟主權穩固永續', '109年01月01日', '蔡英文總統今日發表談話。'],
      {
        title: '總統：2020年讓更多人感受到照顧，讓經濟更好，讓臺灣民主、自由跟主權穩固永續',
        titleLines: 1,
        front: ['subtitle'],
      },
    ],
    [
      'a headline on two lines',
      ['倡导国际合作，维护多边主义，', '推动构建人类命运共同体', '——在第55届慕尼黑安全会议上的主旨演讲', '正文。'],
      {
        title: '倡导国际合作，维护多边主义，推动构建人类命运共同体',
        titleLines: 2,
        front: ['subtitle'],
      },
    ],
    [
      'a work report: subtitle and byline',
      ['2026年山东省政府工作报告', '——2026年1月27日在山东省第十四届人民代表大会第四次会议上', '山东省省长 周乃翔', '各位代表：', '现在，我代表省人民政府向大会报告工作。'],
      {
        title: '2026年山东省政府工作报告',
        titleLines: 1,
        front: ['subtitle', 'byline'],
      },
    ],
    [
      'a dated document',
      ['中共中央 国务院关于实施乡村振兴战略的意见', '（2018年1月2日）', '实施乡村振兴战略，是重大决策部署。'],
      {
        title: '中共中央 国务院关于实施乡村振兴战略的意见',
        titleLines: 1,
        front: ['subtitle'],
      },
    ],
    ['a transcript that opens with a question', ['記者：中方有何評論？', '毛寧：中方表示關切。'], { title: undefined, titleLines: 0, front: [] }],
  ])('%s', (_, lines, expected) => expect(readHeader(lines)).toEqual(expected));

  test('a page title, a speech headline, its subtitle, date line and a byline on two lines', () => {
    const lines = [
      '倡导国际合作，维护多边主义，',
      '推动构建人类命运共同体',
      '——在第55届慕尼黑安全会议上的主旨演讲',
      '（2019年2月16日，慕尼黑）',
      '中共中央政治局委员、中央外事工作委员会办公室主任',
      '杨洁篪',
      '尊敬的主席先生，女士们，先生们！',
      '很高兴出席本届会议。',
    ];
    expect(readHeader(lines, '杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文）')).toEqual({
      title: '杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文）',
      titleLines: 0,
      front: ['subtitle', 'subtitle', 'subtitle', 'subtitle', 'byline', 'byline'],
    });
  });

  test('the page title spelt by the first line is that line', () => {
    expect(readHeader(['杨洁篪会见卢森堡外交大臣 阿瑟伯恩', '正文。'], '杨洁篪会见卢森堡外交大臣阿瑟伯恩')).toMatchObject({ titleLines: 1 });
  });
});
