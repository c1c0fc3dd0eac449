import { describe, expect, test } from 'vitest';
import { structure } from './structure';

const shape = (paragraphs: string[]) => structure(paragraphs).segments.map((s) => [s.id, s.kind, s.speaker ?? '', s.zh]);

describe('structure', () => {
  test('lead, statement parts and other paragraphs', () => {
    expect(
      shape([
        '3月8日下午，舉行新聞發布會。',
        '黨的十八大以來，作出重要論述。',
        '一、建強頂格推進體系，支撐保障更加有力。省委、省政府堅持高位部署。',
        '十一、做優產業生態。',
        '二十三、其他。正文。',
        '作為工業大省，山東有責任。',
      ]),
    ).toEqual([
      ['lead', 'lead', '', '3月8日下午，舉行新聞發布會。'],
      ['p-2', 'paragraph', '', '黨的十八大以來，作出重要論述。'],
      ['s1-h', 'heading', '', '一、建強頂格推進體系，支撐保障更加有力。'],
      ['s1', 'paragraph', '', '省委、省政府堅持高位部署。'],
      ['s2-h', 'heading', '', '十一、做優產業生態。'],
      ['s3-h', 'heading', '', '二十三、其他。'],
      ['s3', 'paragraph', '', '正文。'],
      ['p-6', 'paragraph', '', '作為工業大省，山東有責任。'],
    ]);
  });

  test('a part whose first sentence is too long for a heading stays a paragraph', () => {
    const long = `一、${'推進新型工業化'.repeat(10)}。`;
    expect(shape(['導語。', long])[1]).toEqual(['s1', 'paragraph', '', long]);
  });

  test('not numerals: 一一、 and 一百、 are paragraphs', () => {
    expect(shape(['導語。', '一一、甲。', '一百、乙。']).map((s) => s[1])).toEqual(['lead', 'paragraph', 'paragraph']);
  });

  test('press conference: reporter labels, questions, answers and points', () => {
    const { segments, speakers } = structure([
      '邀請新聞發言人王茂慶出席發布會。',
      '山東廣播電視臺記者：',
      '山東將如何破題？',
      '王茂慶：工業是創新最活躍的領域。',
      '一是著力提升產業創新能力。',
      '十一是其他。',
      '大眾日報·大眾新聞客戶端記者：有何具體措施？',
      '王茂慶：中小企業是工業經濟的潛力之基。',
      '一是強化專精特新主體支撐。',
      '總之，我們將繼續努力。',
      '一是這裡不是答問的要點。',
    ]);
    expect(speakers.map((s) => [s.key, s.zh])).toEqual([
      ['speaker-1', '山東廣播電視臺記者'],
      ['speaker-2', '王茂慶'],
      ['speaker-3', '大眾日報·大眾新聞客戶端記者'],
    ]);
    expect(segments.map((s) => [s.id, s.kind, s.speaker ?? '', s.zh])).toEqual([
      ['lead', 'lead', '', '邀請新聞發言人王茂慶出席發布會。'],
      ['q1', 'question', 'speaker-1', '山東將如何破題？'],
      ['a1', 'answer', 'speaker-2', '工業是創新最活躍的領域。'],
      ['a1-1', 'point', 'speaker-2', '一是著力提升產業創新能力。'],
      ['a1-2', 'point', 'speaker-2', '十一是其他。'],
      ['q2', 'question', 'speaker-3', '有何具體措施？'],
      ['a2', 'answer', 'speaker-2', '中小企業是工業經濟的潛力之基。'],
      ['a2-1', 'point', 'speaker-2', '一是強化專精特新主體支撐。'],
      ['p-10', 'paragraph', '', '總之，我們將繼續努力。'],
      ['p-11', 'paragraph', '', '一是這裡不是答問的要點。'],
    ]);
  });

  test('a short label that names nobody introduced is not an answer', () => {
    expect(shape(['導語。', '主要目標：到2025年，全面完成。']).map((s) => s[1])).toEqual(['lead', 'paragraph']);
  });

  test('an official who answers a question needs no introduction', () => {
    expect(shape(['導語。', '記者：問題？', '張華：回答。']).map((s) => [s[1], s[2]])).toEqual([
      ['lead', ''],
      ['question', 'speaker-1'],
      ['answer', 'speaker-2'],
    ]);
  });

  test('paragraph indices are kept for locating spots', () => {
    expect(structure(['導語。', '一、標題。正文。']).segments.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});
