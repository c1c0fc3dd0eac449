import type { Region, ReleaseKind } from '../core/text';

// What kind of release this is and where its issuer governs, guessed from the wording of the title
// and the opening text, the script and the calendar. A guess for the editor to confirm or change,
// with the words it rests on.

export type Guess<T> = { value: T; evidence: string[] };

const KINDS: { kind: ReleaseKind; pattern: RegExp }[] = [
  { kind: 'work-report', pattern: /政府工作報告|政府工作报告/ },
  { kind: 'press-conference', pattern: /記者會|记者会|新聞發布會|新闻发布会|發布會|发布会|吹風會|吹风会|記者招待會|记者招待会/ },
  { kind: 'interview', pattern: /專訪|专访|接受.{0,20}(?:採訪|采访)|訪談|访谈/ },
  { kind: 'speech', pattern: /講話|讲话|演講|演讲|致詞|致词|致辭|致辞|談話|谈话/ },
  { kind: 'statement', pattern: /聲明|声明|表態|表态|公告|告知書/ },
  { kind: 'policy-document', pattern: /(?:關於|关于).{2,60}(?:意見|意见|通知|決定|决定|辦法|办法|規定|规定|方案|規劃|规划)|條例|条例/ },
];

const REGIONS: { region: Region; pattern: RegExp }[] = [
  { region: 'taiwan', pattern: /中華民國|總統府|行政院|立法院|臺灣|台灣|民進黨|國民黨/g },
  {
    region: 'hongkong',
    pattern: /香港|特區政府|特區|立法會|本港|港府|金管局|衞生署|警務處|運輸署|康樂及文化事務署|今日（[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日）/g,
  },
  { region: 'macau', pattern: /澳門特別行政區|澳门特别行政区|澳門特區|澳门特区/g },
  { region: 'mainland', pattern: /人民政府|人民代表大会|人民代表大會|国务院|國務院|中共中央|省委|省长|省長|外交部发言人|外交部發言人|习近平|習近平|全国人大|全國人大/g },
];

// The opening text of any release may mention a speech or a notice; only these kinds it names are its own.
const OPENING_KINDS = new Set<ReleaseKind>(['work-report', 'press-conference', 'interview']);

/** The kind the title names, else the one the opening text names; a transcript is a press conference. */
export function guessKind(title: string | undefined, opening: string, transcript: boolean): Guess<ReleaseKind> {
  for (const text of [title ?? '', opening]) {
    for (const { kind, pattern } of KINDS) {
      if (text !== title && !OPENING_KINDS.has(kind)) continue;
      const m = pattern.exec(text);
      if (m) return { value: kind, evidence: [`"${m[0]}" in the ${text === title ? 'title' : 'opening text'}`] };
    }
  }
  if (transcript) return { value: 'press-conference', evidence: ['questions and answers'] };
  return { value: 'news-release', evidence: ['no other kind named'] };
}

/**
 * The region whose names and institutions the text mentions most, helped by the script (Simplified,
 * or Traditional from a naive converter, is the mainland's) and the calendar (an ROC date is Taiwan's).
 */
export function guessRegion(text: string, signals: { mainlandScript: boolean; rocDate: boolean }): Guess<Region> | undefined {
  const scores = REGIONS.map(({ region, pattern }) => {
    const words = [...new Set(text.match(pattern) ?? [])];
    return { region, score: (text.match(pattern) ?? []).length, evidence: words.map((w) => `"${w}"`) };
  });
  const add = (region: Region, score: number, evidence: string) => {
    const entry = scores.find((s) => s.region === region)!;
    entry.score += score;
    entry.evidence.unshift(evidence);
  };
  if (signals.mainlandScript) add('mainland', 5, 'mainland script');
  if (signals.rocDate) add('taiwan', 5, 'an ROC-calendar date');
  const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
  return best.score ? { value: best.region, evidence: best.evidence.slice(0, 5) } : undefined;
}
