import { describe, expect, test } from 'vitest';
import { buildOutline, enTopic, zhTopic } from './outline';

type Kind = 'lead' | 'heading' | 'paragraph' | 'question' | 'answer' | 'point';
const seg = (id: string, kind: Kind, speaker: string | null = null, zh = `zh ${id}`, en = `en ${id}`) => ({ id, kind, speaker, zh, en });

test('the outline lists headings and questions in order, a question by its topic with who asks it', () => {
  const outline = buildOutline(
    [
      seg('lead', 'lead'),
      seg('s1-h', 'heading'),
      seg('s1', 'paragraph'),
      seg('q1', 'question', 'rep', '请问，在培育专精特新企业方面，今年有哪些新举措？', 'What new steps will you take this year to foster specialized SMEs?'),
      seg('a1', 'answer', 'wang'),
    ],
    { rep: { zh: '記者', en: 'Reporter' }, wang: { zh: '王', en: 'Wang' } },
  );
  expect(outline).toEqual([
    { id: 's1-h', kind: 'heading', zh: 'zh s1-h', en: 'en s1-h' },
    { id: 'q1', kind: 'question', zh: '在培育专精特新企业方面', en: 'What new steps will you take this year to foster specialized SMEs?', asker: { zh: '記者', en: 'Reporter' } },
  ]);
});

test('a question without a known speaker is still named by its topic', () => {
  expect(buildOutline([seg('q1', 'question', 'ghost', '關於兩岸關係，總統怎麼看？', '')], {})).toEqual([{ id: 'q1', kind: 'question', zh: '關於兩岸關係', en: '' }]);
});

describe('topics', () => {
  test('a label before the question and a long clause are left out or cut', () => {
    expect(zhTopic('問：我想問一下，總統對於美國大選結果有什麼看法？')).toBe('總統對於美國大選結果有什麼看法');
    expect(zhTopic('新型工业化是一个涉及面很广、需要长期坚持推进的系统工程和重大战略任务请介绍情况')).toBe('新型工业化是一个涉及面很广、需要长期坚持推进的…');
  });

  test('English: the first sentence, cut at a word', () => {
    expect(enTopic('Could you tell us about the plan? And the budget?')).toBe('About the plan?');
    const long = enTopic('How does the province intend to balance the reduction of energy-intensive capacity with growth in manufacturing output over the coming years?');
    expect(long.length).toBeLessThanOrEqual(72);
    expect(long).toMatch(/ \w+…$/);
  });
});
