// Who issued the release, where the text says so. Each finder is a suggestion for the draft.

const H = '\\p{Script=Han}';
const COLON = '[：:︰]';
// "来源：大众日报", "發布機構：運輸署" in the page header or removed boilerplate.
const SOURCE_LINE = new RegExp(`(?:來源|来源|發布機構|发布机构|發佈機構|發文機關|发文机关)\\s*${COLON}\\s*([^\\s：:，。（）()]{2,30})`, 'u');
// A byline's office: "山东省省长 周乃翔" → 山东省人民政府.
const GOVERNOR = new RegExp(`^(${H}{2,12}?(?:省|市|自治区|自治區|县|縣|区|區|州))(?:省长|省長|市长|市長|县长|縣長|区长|區長|州长|州長|主席)[\\s\\u3000]+${H}{2,4}$`, 'u');
const LEAD_ISSUERS = [
  // A document's title: "中共中央 国务院关于实施乡村振兴战略的意见".
  new RegExp(`^([${H} 、]{2,30}?)(?:關於|关于)`, 'u'),
  new RegExp(`${H}{2,30}?(?:新聞辦公室|新闻办公室)`, 'u'),
  // "下稿代香港金融管理局發出："
  new RegExp(`下稿代(${H}{2,30}?)(?:發出|发出)`, 'u'),
  // "外交部发言人林剑主持例行记者会": the ministry.
  new RegExp(`(${H}{2,12}?(?:部|委员会|委員會|办公厅|辦公廳))(?:新闻|新聞)?(?:发言人|發言人)`, 'u'),
  // "運輸署今日（一月二十二日）公布", "政府統計處（統計處）今日…": the department that opens the lead.
  new RegExp(`^(${H}{2,20}?(?:署|處|处|局|辦|办|中心|委員會|委员会|部|室))(?:（[^）]{1,10}）)?(?:今日|今天|今（)`, 'u'),
  new RegExp(`(${H}{2,12}?公共事務室)`, 'u'),
];

const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日/g;

export type IssuerHints = { bylines: readonly string[]; metaIssuer?: string; headerTexts: readonly string[]; leadTexts: readonly string[]; siteName?: string };

/**
 * The issuer: a governor's byline names the government; then the page's meta tag, a 来源/發布機構
 * line, an office named in the title or the opening paragraphs, the site's name.
 */
export function findIssuer(hints: IssuerHints): string | undefined {
  for (const byline of hints.bylines) {
    const m = GOVERNOR.exec(byline);
    if (m) return `${m[1]}人民政府`;
  }
  if (hints.metaIssuer) return hints.metaIssuer;
  for (const text of hints.headerTexts) {
    const m = SOURCE_LINE.exec(text);
    if (m) return m[1];
  }
  for (const lead of hints.leadTexts) {
    const text = lead.replace(DATE, ' '); // "6月17日外交部…": the date is no part of the name
    for (const pattern of LEAD_ISSUERS) {
      const m = pattern.exec(text);
      if (m) return m[1] ?? m[0];
    }
  }
  return hints.siteName;
}
