/**
 * Fixes for conversions opencc-js 1.4.2 gets wrong, each loaded as the highest-priority dictionary of
 * one step (see opencc.ts):
 * - s2t: Simplified to OpenCC standard Traditional, the first step of hans→hant/tw/hk/twp (the tw and
 *   hk variant steps still apply after it);
 * - t2s: Traditional to Simplified (hant→hans);
 * - twp: the Taiwan-phrase step of hans→twp and hant→twp, on OpenCC standard Traditional text.
 */
export interface Override {
  step: 's2t' | 't2s' | 'twp';
  source: string;
  target: string;
  why: string;
}

export const OVERRIDES: readonly Override[] = [
  { step: 's2t', source: '参与制造', target: '參與製造', why: 'the phrase 参与制 (participation system) captures 制' },
  { step: 's2t', source: '被发明', target: '被發明', why: 'the phrase 被发 (被髮, loose hair) captures 发' },
  { step: 's2t', source: '了如何', target: '了如何', why: 'the phrase 了如 (瞭如指掌) captures the particle 了 before 如何' },
  { step: 's2t', source: '范先生', target: '范先生', why: 'the surname 范 is not 範' },
  // Upstream OpenCC t2s cases that opencc-js 1.4.2's data predates; its own STCharacters and
  // STPhrases already hold the reverse pairs (𣨼 殢, 𪢮 圞, 𣗊溪 樠谿).
  { step: 't2s', source: '殢', target: '𣨼', why: 'upstream case BYVoid_OpenCC_PR_1228_existing_behaviors' },
  { step: 't2s', source: '圞', target: '𪢮', why: 'upstream case BYVoid_OpenCC_PR_1229_existing_behaviors' },
  { step: 't2s', source: '樠谿', target: '𣗊溪', why: 'upstream case BYVoid_OpenCC_PR_464_xi_vs_xi' },
  { step: 'twp', source: '發佈會', target: '發佈會', why: 'the phrase 發佈→釋出 (software release) makes 新聞釋出會' },
  // Traditional text that writes 制造 (as our release does) for standard 製造.
  { step: 'twp', source: '進制造', target: '進制造', why: 'the phrase 進制→進位制 (binary) splits 先進|制造' },
  // Taiwan phrases are largely computing vocabulary; in policy text these words keep their sense.
  { step: 'twp', source: '工業和信息化', target: '工業和信息化', why: 'an official body name (工業和信息化部/廳), not vocabulary' },
  { step: 'twp', source: '經濟運行', target: '經濟運行', why: 'economic performance, not 執行 (running a program)' },
  { step: 'twp', source: '工業運行', target: '工業運行', why: 'industrial performance, not 執行 (running a program)' },
  { step: 'twp', source: '重磅文件', target: '重磅文件', why: 'policy documents, not 檔案 (computer files)' },
  { step: 'twp', source: '循環體系', target: '循環體系', why: 'a recycling system, not 迴圈 (a program loop)' },
  { step: 'twp', source: '化進程', target: '化進程', why: 'the course of (industrial)ization, not 程序 (a process)' },
  { step: 'twp', source: '激活數字', target: '激活數字', why: 'to energise (the digital economy), not 啟用 (enable a feature)' },
];
