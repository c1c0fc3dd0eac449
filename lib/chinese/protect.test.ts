import { describe, expect, test } from 'vitest';
import { MAX_NAME, protectedSpans } from './protect';

/** The protected strings of a text, in order. */
const spans = (text: string, terms: string[] = []) => protectedSpans(text, terms).map((s) => text.slice(s.start, s.end));

describe('protectedSpans', () => {
  test.each([
    // Quotations and titles, marks included, in either style.
    ['政府工作報告提出“大力推進現代化產業體系建設”。', ['“大力推進現代化產業體系建設”']],
    ['實施「十大工程」和『重點項目』', ['「十大工程」', '十大工程', '『重點項目』']],
    ['印發《人工智能賦能新型工業化實施方案》', ['《人工智能賦能新型工業化實施方案》', '人工智能賦能新型工業化實施方案']],
    // Institutions, from the start of the clause.
    ['邀請山東省工業和信息化廳黨組成員', ['邀請山東省工業和信息化廳']],
    ['省工业和信息化厅将坚持', ['省工业和信息化厅']],
    ['工業運行指揮部等議事協調機制', ['工業運行指揮部']],
    ['國務院新聞辦公室舉行發布會', ['國務院新聞辦公室']],
    // Parks, plans, campaigns.
    ['打造濟南空天信息產業園、青島人工智能產業園', ['打造濟南空天信息產業園', '青島人工智能產業園']],
    ['加緊出臺人工智能賦能新型工業化實施方案，組織', ['加緊出臺人工智能賦能新型工業化實施方案']],
    ['深化標誌性產業鏈突破工程', ['深化標誌性產業鏈突破工程']],
    ['啟動實施新一輪大規模設備更新改造', ['大規模設備更新']],
    ['接入工業互聯網標識解析國家頂級節點', ['工業互聯網標識解析']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    '部署實施十大任務', // 部署: to deploy
    '全部企業', // 全部: all
    '前瞻布局元宇宙', // 布局: to lay out
    '副廳長王茂慶', // 廳長: a title
    '提供了行動指南', // 行動指南: a guide to action
    '工程師隊伍', // 工程師: engineers
    '戰略性新興產業', // 戰略性: strategic
    '以人民為中心', // 為中心: centred on
  ])('no name in %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  test('a name runs back at most MAX_NAME characters, and never across a clause break', () => {
    const long = '甲'.repeat(40) + '辦公室';
    expect(spans(long)).toEqual(['甲'.repeat(MAX_NAME) + '辦公室']);
    expect(spans('數實融合深度賦能，著力推進製造業數字化轉型提標行動')).toEqual(['著力推進製造業數字化轉型提標行動']);
  });

  test('an unclosed quotation runs to the end', () => {
    expect(spans('他說“沒有結尾')).toEqual(['“沒有結尾']);
  });

  test("the caller's terms, as written", () => {
    expect(spans('發展數字經濟和數字經濟核心產業', ['數字經濟'])).toEqual(['數字經濟', '數字經濟']);
  });
});
