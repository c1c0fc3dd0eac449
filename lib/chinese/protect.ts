/**
 * Spans of a text that Taiwan wording must leave as they are: names and quotations are the issuer's
 * own words, and official names keep their written form (青島人工智能產業園 is not 青島人工智慧產業園;
 * 大規模設備更新 is a national campaign, not 大規模裝置更新). Pure and script-agnostic: the patterns
 * hold both the Simplified and the Traditional forms, so any view of a text can be scanned.
 *
 * Found here:
 * - quotations and quoted names: “…” ‘…’ 「…」 『…』, and titles in 《…》 〈…〉 (marks included);
 * - institution names: a run of the clause ending in 部, 厅/廳, 局, 署, 委员会/委員會, 办公室/辦公室,
 *   领导小组/領導小組, 联席会议/聯席會議, 中心;
 * - parks and zones: …产业园/產業園, …园区/園區, …新区/新區, …开发区/開發區, …示范区/示範區, …集聚区/集聚區;
 * - plans, campaigns and programmes: …实施方案/實施方案, …方案, …行动计划/行動計劃, …行动/行動, …工程,
 *   …战略/戰略;
 * - fixed names no suffix announces (NAMED);
 * - the caller's terms (the curated glossary), in whatever script they are written.
 *
 * A name runs back from its suffix to the start of its clause (punctuation, a quotation mark), at
 * most MAX_NAME characters. That can take in a verb before the name (实施…行动): a span too long
 * only leaves a word unlocalized, while one too short would rewrite part of a name.
 */

export interface ProtectedSpan {
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  kind: 'quotation' | 'title' | 'name' | 'term';
}

/** Longest name taken back from a suffix, in UTF-16 units (Han characters here are one each). */
export const MAX_NAME = 24;

const PAIRS: readonly [string, string, ProtectedSpan['kind']][] = [
  ['“', '”', 'quotation'],
  ['‘', '’', 'quotation'],
  ['「', '」', 'quotation'],
  ['『', '』', 'quotation'],
  ['《', '》', 'title'],
  ['〈', '〉', 'title'],
];

/**
 * Name suffixes, longest first, each with the characters that may not follow it (部署 is to deploy,
 * not a ministry) and the words it may not end (全部, 布局, 大厅).
 */
interface Suffix {
  text: string;
  notBefore?: string;
  notAfter?: readonly string[];
}

const both = (simplified: string, traditional: string, extra: Omit<Suffix, 'text'> = {}): Suffix[] => [...new Set([simplified, traditional])].map((text) => ({ text, ...extra }));

const SUFFIXES: readonly Suffix[] = [
  ...both('委员会', '委員會'),
  ...both('办公室', '辦公室'),
  ...both('领导小组', '領導小組'),
  ...both('联席会议', '聯席會議'),
  ...both('实施方案', '實施方案'),
  ...both('行动计划', '行動計劃'),
  ...both('行动计划', '行動計畫'),
  ...both('产业园', '產業園'),
  ...both('开发区', '開發區'),
  ...both('示范区', '示範區'),
  ...both('集聚区', '集聚區'),
  ...both('园区', '園區'),
  ...both('新区', '新區'),
  ...both('方案', '方案'),
  ...both('行动', '行動', { notBefore: '力者指纲綱' }),
  ...both('工程', '工程', { notBefore: '师師' }),
  ...both('战略', '戰略', { notBefore: '性上家' }),
  ...both('中心', '中心', { notAfter: ['市', '为', '為', '城', '圆', '圓'] }),
  ...both('部', '部', {
    notBefore: '署分门門件队隊位长長落属屬委',
    notAfter: [
      '全',
      '内',
      '內',
      '外',
      '局',
      '东',
      '東',
      '西',
      '南',
      '北',
      '中',
      '干',
      '幹',
      '顶',
      '頂',
      '底',
      '总',
      '總',
      '一',
      '大',
      '各',
      '腹',
      '胸',
      '头',
      '頭',
      '腰',
      '背',
      '面',
      '细',
      '細',
      '本',
      '上',
      '下',
      '前',
      '后',
      '後',
      '尾',
      '首',
      '根',
      '俱乐',
      '俱樂',
    ],
  }),
  ...both('厅', '廳', { notBefore: '长長', notAfter: ['大', '客', '餐', '展', '舞', '歌', '门', '門'] }),
  ...both('局', '局', {
    notBefore: '面部长長势勢限',
    notAfter: [
      '布',
      '佈',
      '格',
      '大',
      '全',
      '当',
      '當',
      '结',
      '結',
      '开',
      '開',
      '时',
      '時',
      '政',
      '变',
      '變',
      '新',
      '破',
      '赛',
      '賽',
      '棋',
      '骗',
      '騙',
      '饭',
      '飯',
      '僵',
      '残',
      '殘',
      '定',
      '危',
      '终',
      '終',
      '出',
      '入',
      '一',
      '战',
      '戰',
      '胜',
      '勝',
      '败',
      '敗',
      '平',
      '和',
      '乱',
      '亂',
    ],
  }),
  ...both('署', '署', { notBefore: '名理', notAfter: ['部', '签', '簽', '连', '連', '联', '聯', '副', '公'] }),
];

/** Names no suffix announces, both scripts. */
export const NAMED: readonly string[] = [
  // The national equipment-renewal campaign (State Council action plan, March 2024).
  '大规模设备更新',
  '大規模設備更新',
  // The national industrial-internet identifier resolution system and its nodes (MIIT).
  '工业互联网标识解析',
  '工業互聯網標識解析',
];

const CLAUSE_BREAK = /[\s，。、；：！？,.;:!?（）()《》〈〉“”‘’「」『』…—·\-\u3000]/u;

function add(spans: ProtectedSpan[], start: number, end: number, kind: ProtectedSpan['kind']) {
  if (end > start) spans.push({ start, end, kind });
}

/** Where each quotation or title runs, marks included; an unclosed one runs to the end. */
function quoted(text: string, spans: ProtectedSpan[]) {
  for (const [open, close, kind] of PAIRS) {
    for (let at = text.indexOf(open); at >= 0;) {
      const end = text.indexOf(close, at + 1);
      add(spans, at, end < 0 ? text.length : end + 1, kind);
      if (end < 0) break;
      at = text.indexOf(open, end + 1);
    }
  }
}

function names(text: string, spans: ProtectedSpan[]) {
  const taken = new Set<number>(); // a suffix position already used by a longer suffix
  for (const suffix of SUFFIXES) {
    for (let at = text.indexOf(suffix.text); at >= 0; at = text.indexOf(suffix.text, at + 1)) {
      if (taken.has(at)) continue;
      const end = at + suffix.text.length;
      if (suffix.notBefore && end < text.length && suffix.notBefore.includes(text[end])) continue;
      if (suffix.notAfter?.some((w) => text.startsWith(w, at - w.length))) continue;
      let start = at;
      while (start > 0 && at - start < MAX_NAME && !CLAUSE_BREAK.test(text[start - 1])) start--;
      if (at - start < 1) continue; // a bare suffix (部, 行动) names nothing
      for (let i = at; i < end; i++) taken.add(i);
      add(spans, start, end, 'name');
    }
  }
}

function occurrences(text: string, terms: readonly string[], kind: ProtectedSpan['kind'], spans: ProtectedSpan[]) {
  for (const term of new Set(terms.map((t) => t.trim()).filter(Boolean))) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) add(spans, at, at + term.length, kind);
  }
}

/**
 * The protected spans of `text`, sorted by start; spans may overlap. `terms` are extra protected
 * strings matched as written (pass each in the text's script: see taiwanWording).
 */
export function protectedSpans(text: string, terms: readonly string[] = []): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  quoted(text, spans);
  names(text, spans);
  occurrences(text, NAMED, 'name', spans);
  occurrences(text, terms, 'term', spans);
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether [start, end) touches a protected span. */
export function isProtected(spans: readonly ProtectedSpan[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
