import { describe, expect, it } from 'vitest';
import { applyQuoteStyle } from '@/lib/chinese/quotes';
import { sentenceAt, splitSentences } from './sentences';

// Segments of content/releases/2024-03-08-shandong-new-industrialization.yaml (Traditional).
const Q1 =
  '習近平總書記多次強調，加快形成新質生產力。今年的政府工作報告也提出“大力推進現代化產業體系建設，加快發展新質生產力”。在工業領域培育新質生產力，山東將如何破題，有哪些激勵政策？';
const Q2 = '推進新型工業化離不開中小企業。如何推動量大面廣的中小企業加快新型工業化進程？有何具體措施和政策嗎？';
const A1_5 =
  '五是著力推動綠色低碳發展。新質生產力本身就是綠色生產力。省工業和信息化廳將深入實施工業領域碳達峰行動，在源頭控碳上，深化化工產業轉型升級等專項行動，一業一策優化產業政策，提升重點行業和產品產出效率；在過程減碳上，聚焦生產全過程各領域，積極推廣應用綠色加工、節能節水等技術裝備，全面構建綠色制造體系；在末端降碳上，積極打造資源綜合利用循環體系，推動大宗固廢規模化高值化利用，今年力爭推動超過20%的“兩高”行業企業產能達到能效標桿水平，規上工業單位增加值能耗下降4%以上。';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('cuts after 。 and ？ and keeps quoted clauses whole', () => {
    expect(texts(Q1)).toEqual([
      '習近平總書記多次強調，加快形成新質生產力。',
      '今年的政府工作報告也提出“大力推進現代化產業體系建設，加快發展新質生產力”。',
      '在工業領域培育新質生產力，山東將如何破題，有哪些激勵政策？',
    ]);
    expect(texts(Q2)).toEqual(['推進新型工業化離不開中小企業。', '如何推動量大面廣的中小企業加快新型工業化進程？', '有何具體措施和政策嗎？']);
  });

  it('cuts after ；', () => {
    expect(texts(A1_5).map((s) => s.slice(-4))).toEqual(['低碳發展。', '生產力。', '產出效率；', '制造體系；', '4%以上。'].map((s) => s.slice(-4)));
    expect(texts(A1_5).join('')).toBe(A1_5); // a decimal point (7.1%) or % never cuts
  });

  it('keeps closing corner quotes with the sentence they close', () => {
    // The Taiwan script's house style turns “” into 「」.
    const tw = applyQuoteStyle('他說：“產業體系要筑牢夯實。”隨后又說：“要加快！！”（會后整理）……今年繼續推進', 'tw');
    expect(texts(tw)).toEqual(['他說：「產業體系要筑牢夯實。」', '隨后又說：「要加快！！」', '（會后整理）……', '今年繼續推進']);
    expect(texts('一是⋯⋯二是。')).toEqual(['一是⋯⋯', '二是。']);
  });

  it('trims and gives offsets into the text', () => {
    const text = '　一是強化專精特新主體支撐。 \n二是……』\n\n';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['一是強化專精特新主體支撐。', '二是……』']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(' \n ')).toEqual([]);
  });
});

describe('sentenceAt', () => {
  it('finds the sentence around an offset', () => {
    const at = (term: string) => sentenceAt(Q1, Q1.indexOf(term)).text;
    expect(at('習近平')).toBe('習近平總書記多次強調，加快形成新質生產力。');
    expect(at('現代化產業體系')).toBe('今年的政府工作報告也提出“大力推進現代化產業體系建設，加快發展新質生產力”。');
    expect(at('激勵政策')).toBe('在工業領域培育新質生產力，山東將如何破題，有哪些激勵政策？');
    const second = Q1.indexOf('今年');
    expect(sentenceAt(Q1, second)).toEqual({ start: second, end: Q1.indexOf('在工業'), text: at('今年') });
  });

  it('counts offsets in code units, past surrogate pairs', () => {
    const text = '𠮷野家很好。𠮷字有兩種寫法！';
    expect(sentenceAt(text, text.lastIndexOf('字')).text).toBe('𠮷字有兩種寫法！');
    expect(sentenceAt(text, 1).text).toBe('𠮷野家很好。'); // the low surrogate of 𠮷
  });

  it('handles the edges', () => {
    expect(sentenceAt(Q2, Q2.length).text).toBe('有何具體措施和政策嗎？');
    expect(sentenceAt(Q2, 0).text).toBe('推進新型工業化離不開中小企業。');
    expect(sentenceAt('甲。  乙。', 3).text).toBe('甲。'); // the blank between belongs to the sentence before
    expect(sentenceAt('  甲。', 0).text).toBe('甲。');
    expect(sentenceAt('', 0)).toEqual({ start: 0, end: 0, text: '' });
    expect(() => sentenceAt(Q2, Q2.length + 1)).toThrow(RangeError);
    expect(() => sentenceAt(Q2, -1)).toThrow(RangeError);
  });
});
