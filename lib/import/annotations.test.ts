import { describe, expect, test } from 'vitest';
import { stripAnnotations } from './annotations';
import { trackIdentity } from './tracked-text';

const strip = (text: string, isProtected: (i: number) => boolean = () => false) => stripAnnotations(trackIdentity(text), isProtected);

describe('stripAnnotations', () => {
  test.each([
    ['發(fā)布會(huì)', '發布會'],
    ['長(zhǎng)遠(yuǎn)', '長遠'],
    ['会（huì）议', '会议'],
    ['长(zhang3)期', '长期'],
    ['們(men)', '們'],
    ['綠(lǜ)色', '綠色'],
    ['記者會(huì )', '記者會'],
    ['會 (huì)議', '會議'],
    ['會( huì )議', '會議'],
  ])('%s → %s', (input, output) => expect(strip(input).text.text).toBe(output));

  test.each(['行動計劃(2023-2025年)', '管理辦法（試行）', '地區生產總值(GDP)', '人工智能(AI)', '方案(an)', '(fā)開頭沒有漢字', 'pinyin fā(fā)', '發(fā bù)', '市 (AI) 應用'])(
    'leaves %s alone',
    (input) => {
      const { text, changes } = strip(input);
      expect(text.text).toBe(input);
      expect(changes).toEqual([]);
    },
  );

  test('reports each removal at its offset in the source', () => {
    const { changes } = strip('山東扛牢大省擔(dān)當(dāng)');
    expect(changes).toEqual([
      { at: 7, before: '(dān)', after: '' },
      { at: 13, before: '(dāng)', after: '' },
    ]);
  });

  test('does not touch protected (damaged) text', () => {
    const input = '規(guī)?萍(chuàng)';
    const { text } = strip(input, (i) => i >= 6);
    expect(text.text).toBe('規?萍(chuàng)');
  });
});
