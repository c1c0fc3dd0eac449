import type { Script } from '../core/text';
import { ZHU_WORDS, ZHUO_WORDS } from './overrides';

/**
 * Mainland-Traditional leftovers: what a character-by-character converter leaves in "Traditional"
 * text made from Simplified. Where one Simplified character stands for two Traditional ones (制/製,
 * 于/於, 后/後) such converters keep the shared form, and OpenCC's variant steps (t→tw, t→hk) never
 * touch it, since both forms are valid Traditional characters: only the word tells. OpenCC's
 * phrase-level conversion from Simplified gets them right, and still misses a few (参与制造,
 * 国家制造业 before our overrides), so a release's tw and hk views are checked for these words.
 *
 * A rule's `leftover` is matched as a substring; an occurrence inside one of its `exceptions` (real
 * uses, each as OpenCC's s→t writes it, with its reason) is not a leftover.
 */
export interface LeftoverRule {
  leftover: string;
  /** What the standard writes instead. */
  standard: string;
  /** The views that must not contain it. */
  scripts: readonly Script[];
  why: string;
  exceptions?: readonly { text: string; why: string }[];
}

const TW_HK: readonly Script[] = ['tw', 'hk'];

/** [leftover, standard] word pairs that share one reason. */
function words(pairs: string, why: string, scripts: readonly Script[] = TW_HK): LeftoverRule[] {
  return pairs
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [leftover, standard] = pair.split('→');
      return { leftover, standard, scripts, why };
    });
}

export const LEFTOVERS: readonly LeftoverRule[] = [
  {
    leftover: '制造',
    standard: '製造',
    scripts: TW_HK,
    why: '製造 (manufacture): 制 is to make rules, restrain',
    exceptions: [
      { text: '體制造成', why: '體制 (system) + 造成 (to cause)' },
      { text: '機制造成', why: '機制 (mechanism) + 造成' },
      { text: '控制造成', why: '控制 (control) + 造成' },
      { text: '控制造價', why: '控制 + 造價 (construction cost)' },
      { text: '抵制造假', why: '抵制 (resist) + 造假 (counterfeiting)' },
    ],
  },
  ...words('標志→標誌 雜志→雜誌', '誌 (a mark, a record); 志 is will, aspiration'),
  { leftover: '筑', standard: '築', scripts: TW_HK, why: '築 (to build: 築牢, 構築); OpenCC writes 築 for every 筑' },
  { leftover: '并', standard: '並 / 併', scripts: TW_HK, why: '並 (and, also), 併 (to merge); OpenCC writes 并 only as 幷 (并州 → 幷州)' },
  {
    leftover: '于',
    standard: '於',
    scripts: TW_HK,
    why: '於 (at, than: 高於, 位於, 在於); 于 is a surname and occurs in a few names',
    exceptions: [
      { text: '單于', why: 'the Xiongnu ruler (chányú)' },
      { text: '于闐', why: 'the oasis kingdom of Khotan' },
      { text: '于思', why: 'bearded (literary)' },
    ],
  },
  { leftover: '余', standard: '餘', scripts: TW_HK, why: '餘 (more than, surplus: 600餘場); 余 is a surname and the literary "I"' },
  {
    leftover: '云',
    standard: '雲',
    scripts: TW_HK,
    why: '雲 (cloud, and the cloud of 上雲, 雲計算); 云 is "to say" (literary)',
    exceptions: [
      { text: '人云亦云', why: 'to echo what others say' },
      { text: '云云', why: 'and so on (literary)' },
      { text: '不知所云', why: 'not knowing what one is saying' },
      { text: '詩云', why: '"the Odes say" (literary quotation formula)' },
    ],
  },
  {
    leftover: '采',
    standard: '採',
    scripts: TW_HK,
    why: '採 (to gather, to adopt: 採購, 採用, 雲採銷); 采 is bearing, splendour',
    exceptions: [
      { text: '風采', why: 'bearing, elegance' },
      { text: '文采', why: 'literary grace' },
      { text: '神采', why: 'expression, vigour' },
      { text: '光采', why: 'lustre' },
      { text: '丰采', why: 'bearing' },
      { text: '精采', why: 'splendid (Taiwan writes 精采)' },
      { text: '喝采', why: 'to cheer' },
      { text: '興高采烈', why: 'in high spirits' },
      { text: '無精打采', why: 'listless' },
      { text: '多采多姿', why: 'colourful' },
      { text: '采邑', why: 'fief' },
      { text: '采地', why: 'fief' },
    ],
  },
  ...words('牽一發→牽一髮 頭發→頭髮 理發→理髮', '髮 (hair); 發 is to issue, to develop'),
  ...words('注冊→註冊 注解→註解 注銷→註銷', '註 (to register, to annotate); 注 is to pour, to focus'),
  ...words('示范→示範 規范→規範 范圍→範圍 模范→模範 典范→典範 防范→防範', '範 (model, scope); 范 is a surname'),
  ...words('骨干→骨幹 干部→幹部 主干→主幹 干線→幹線 干勁→幹勁 能干→能幹', '幹 (trunk, to do); 干 is in 干涉, 若干, 干支'),
  ...words('干燥→乾燥 干旱→乾旱 干凈→乾淨', '乾 (dry); 干 is in 干涉, 若干, 干支'),
  ...words('扎實→紮實', '紮 (firm, to tie); 扎 is to prick'),
  ...words(
    '后備→後備 之后→之後 以后→以後 然后→然後 最后→最後 前后→前後 今后→今後 此后→此後 落后→落後 背后→背後 隨后→隨後 后來→後來',
    '後 (after, behind); 后 is an empress, a surname',
  ),
  ...words('依托→依託 委托→委託 寄托→寄託 托管→託管', '託 (to entrust, to rely on); 托 is to hold up (托盤)'),
  ...words('咨詢→諮詢', '諮 (to consult); 咨 survives in 咨文 (a state message)'),
  // Not 占 (占比, 搶占): OpenCC writes 佔, but Taiwan accepts 占 in the sense of 佔 (教育部 重編國語辭典
  // gives 占 zhàn "據有"), and its government writes it (總統府 2024: 在半導體產業占有優勢).
  ...words('關系→關係 聯系→聯繫 維系→維繫', '係 (relation), 繫 (to tie); 系 is a system, a department (體系 is right)'),
  ...words('標准→標準 水准→水準 准確→準確', '準 (standard, accurate); 准 is to permit (批准)'),
  ...words('奮斗→奮鬥 斗爭→鬥爭', '鬥 (to fight); 斗 is a peck, the Dipper'),
  ...words('特征→特徵 征求→徵求 象征→象徵', '徵 (sign, to solicit); 征 is to march, to levy (長征)'),
  ...words('志愿→志願 自愿→自願 意愿→意願', '願 (wish); 愿 is honest (literary)'),
  ...words('放松→放鬆 寬松→寬鬆 松綁→鬆綁', '鬆 (loose); 松 is a pine'),
  ...words('精致→精緻 細致→細緻', '緻 (fine, delicate); 致 is to send, to cause'),
  ...words('這里→這裡 那里→那裡 哪里→哪裡 里面→裡面 心里→心裡', '裡 (inside; Hong Kong 裏); 里 is a village, a li (公里)', ['tw']),
  ...words('這里→這裏 那里→那裏 哪里→哪裏 里面→裏面 心里→心裏', '裏 (inside; Taiwan 裡); 里 is a village, a li (公里)', ['hk']),
  ...words('几乎→幾乎', '幾 (how many, almost); 几 is a small table (茶几)'),
  // 着 and 著: the mainland and Hong Kong write 着 where Taiwan writes 著 (see overrides.ts).
  ...ZHUO_WORDS.flatMap(([hant, hans]): LeftoverRule[] => [
    { leftover: hant, standard: hant.replace(/著/g, '着'), scripts: ['hk'], why: ZHUO_WHY('Hong Kong'), exceptions: zhuExceptions(hant, 0) },
    { leftover: hans.replace(/着/g, '著'), standard: hans, scripts: ['hans'], why: ZHUO_WHY('the mainland'), exceptions: zhuExceptions(hans, 1) },
  ]),
  ...words('啟動→啓動 開啟→開啓 啟用→啓用 重啟→重啓', 'Hong Kong standard 啓 (常用字字形表), as OpenCC s→hk writes it', ['hk']),
];

function ZHUO_WHY(where: string): string {
  return `著 read zhuó/zháo/zhe: ${where} writes 着, and keeps 著 for zhù (著名, 著作, 顯著)`;
}

/** A zhù word ending in 著 before a 著-word is no leftover: 顯著實效 is 顯著 + 實效. */
function zhuExceptions(word: string, script: 0 | 1): { text: string; why: string }[] {
  if (!word.startsWith('着') && !word.startsWith('著')) return [];
  return ZHU_WORDS.map((pair) => ({ text: pair[script] + word.slice(1), why: `${pair[script]} (zhù) + ${word.slice(1)}` }));
}

export interface Leftover {
  rule: LeftoverRule;
  /** UTF-16 index in the checked text. */
  index: number;
  /** A few characters either side, for the message. */
  context: string;
}

/** Every leftover of the rules for `script` in `text`, in text order. */
export function findLeftovers(text: string, script: Script, rules: readonly LeftoverRule[] = LEFTOVERS, allowed: readonly string[] = []): Leftover[] {
  const found: Leftover[] = [];
  for (const rule of rules) {
    if (!rule.leftover || !rule.scripts.includes(script)) continue;
    const exceptions = [...(rule.exceptions ?? []).map((e) => e.text), ...allowed.filter((a) => a.includes(rule.leftover))];
    for (let at = text.indexOf(rule.leftover); at >= 0; at = text.indexOf(rule.leftover, at + 1)) {
      if (exceptions.some((e) => covers(text, at, rule.leftover, e))) continue;
      found.push({ rule, index: at, context: text.slice(Math.max(0, at - 6), at + rule.leftover.length + 6) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether an occurrence of `exception` in `text` contains the `leftover` found at `at`. */
function covers(text: string, at: number, leftover: string, exception: string): boolean {
  for (let k = exception.indexOf(leftover); k >= 0; k = exception.indexOf(leftover, k + 1)) {
    if (text.startsWith(exception, at - k)) return true;
  }
  return false;
}
