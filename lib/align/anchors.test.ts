import { describe, expect, test } from 'vitest';
import { BOILERPLATE_TERMS, enAnchors, hanNames, sharedNames, zhAnchors, type GlossaryTerm } from './anchors';

const zhKeys = (zh: string, kind = 'paragraph', terms: GlossaryTerm[] = []) => zhAnchors({ zh, kind }, terms).map((a) => a.key);
const enKeys = (en: string, terms: GlossaryTerm[] = []) => enAnchors(en, terms).map((a) => a.key);

// Real renderings from the Hong Kong and Taiwan pairs: each pair of texts shares the key.
describe('a Chinese text and its English share the key', () => {
  test.each([
    ['二零二五年十二月份', 'for December 2025', 'f:date:1200'],
    ['二零二五年十二月份', 'for December 2025', 'f:number:2025'],
    ['涉及總資助金額約二千四百四十萬元', 'with a total grant of around $24.4 million', 'f:number:24400000'],
    ['已批出第二十三批共四個項目', 'the 23rd batch of the Smart Traffic Fund', 'f:number:23'],
    ['上升1.4%', 'rose by 1.4%', 'f:percent:1.4'],
    ['超過九成半教師', 'over 95 per cent of the teachers', 'f:percent:95'],
    ['提供超過三萬五千個培訓名額', 'offering more than 35 000 training places', 'f:number:35000'],
    ['今日（一月二十二日）', 'today (January 22)', 'f:date:122'],
    ['113年06月13日', '2024-06-13', 'f:number:2024'],
    ['晚上十時五十九分由宋皇臺站開出', 'from Sung Wong Toi Station at 10.59pm', 't:10:59'],
    ['進場時段（下午三時三十分至七時）', 'during admission (3.30pm to 7pm)', 't:7:00'],
    ['可致電181 181。', 'please call 181 181.', 'f:number:181181'],
    ['（第SP12號線）', '(route No. SP12)', 'w:sp12'],
    ['第2A階段', 'Phase 2A', 'w:2a'],
    ['電郵至stf_sec@hkpc.org', 'orstf_sec@hkpc.org', 'w:hkpc'],
    ['（二）應用於物流行業', '(2) an end-to-end intelligent driving system', 'm:2'],
    ['一、總體要求', 'I. General requirements', 'm:1'],
    ['評論', 'Commentary', 'g:0'],
    ['進一步資料', 'Further information', 'g:1'],
    ['————————', '---------------------------------------------', 's:rule'],
    ['問：請問您目前對新工作都還適應嗎？', 'Q: How are you settling into the new job?', 's:question'],
    ['總統：喝珍珠奶茶的興趣沒有改變。', 'President Lai: My interest in bubble tea has not changed.', 's:label'],
    // The colon in its vertical form (︰), as Hong Kong's releases often write it.
    ['以下是今日在立法會會議上議員的提問和局長的答覆︰', 'Following is a question and a reply in the Legislative Council today:', 's:lead-in'],
  ])('%s ↔ %s: %s', (zh, en, key) => {
    const terms: GlossaryTerm[] = [
      { zh: ['評論'], en: ['Commentary'] },
      { zh: ['進一步資料'], en: ['Further information'] },
    ];
    expect(zhKeys(zh, 'paragraph', terms)).toContain(key);
    expect(enKeys(en, terms)).toContain(key);
  });
});

describe('anchors', () => {
  test('a glossary term matches its English rendering, plural included', () => {
    const terms = [{ zh: ['專精特新'], en: ['little giant (enterprise)'] }];
    expect(zhKeys('培育專精特新企業', 'paragraph', terms)).toContain('g:0');
    expect(enKeys('nurturing little giant enterprises', terms)).toContain('g:0');
  });

  test('a one-character term must be the whole segment', () => {
    const terms = [{ zh: ['完'], en: ['Ends'] }];
    expect(zhKeys('完', 'paragraph', terms)).toContain('g:0');
    expect(zhKeys('完成了工作', 'paragraph', terms)).not.toContain('g:0');
  });

  test('a question by its kind', () => expect(zhKeys('請介紹有關情況', 'question')).toContain('s:question'));

  test('names an English text gives in characters', () => {
    const names = hanNames('inviting Cho Jung-tai (卓榮泰) to be premier').map((a) => a.text);
    expect(names).toEqual(['卓榮泰']);
    expect(sharedNames('邀請卓榮泰先生來擔任行政院長', names).map((a) => a.key)).toEqual(['n:卓榮泰']);
  });

  test('words that merely contain a numeral are no figures', () => expect(zhKeys('一般而言，政府十分重視')).toEqual([]));
});

describe('boilerplate terms', () => {
  const label = (zh: string) => zhAnchors({ zh, kind: 'paragraph' }, BOILERPLATE_TERMS).map((a) => a.text);
  test('a label form (問題：) is found as a label, with either colon, not as a word inside a sentence', () => {
    expect(label('問題：')).toContain('問題：');
    expect(label('問題:')).toContain('問題：');
    expect(label('由於水質問題，泳池暫停開放。')).not.toContain('問題：');
  });
  test('the formulae of announcements for radio and TV, and their English', () => {
    const zh = zhAnchors({ zh: '電台及電視台當值宣布員注意：請盡快播出下列特別報告：', kind: 'paragraph' }, BOILERPLATE_TERMS).filter((a) => a.kind === 'term');
    const en = enAnchors('Attention duty announcers, radio and TV stations: Please broadcast the following as soon as possible:', BOILERPLATE_TERMS).filter(
      (a) => a.kind === 'term',
    );
    expect(zh.map((a) => a.key)).toHaveLength(2);
    expect(en.map((a) => a.key).sort()).toEqual(zh.map((a) => a.key).sort());
    // The other wording of the same notice: 廣播員 for 宣布員, 重播 beside 播出.
    const other = zhAnchors({ zh: '電台及電視台當值廣播員注意，請盡速播出並隔適當時間重播：', kind: 'paragraph' }, BOILERPLATE_TERMS).filter((a) => a.kind === 'term');
    expect(other.map((a) => a.key).sort()).toEqual(zh.map((a) => a.key).sort());
  });
});
