import * as Locale from 'opencc-js/preset';

/**
 * Fixes for conversions opencc-js 1.4.2 gets wrong, or that a standard writes otherwise, each loaded
 * as the highest-priority dictionary of one step (see opencc.ts):
 * - s2t: Simplified to OpenCC standard Traditional, the first step of hans→hant/tw/hk/twp (the tw and
 *   hk variant steps still apply after it);
 * - t2s: Traditional to Simplified (hant→hans), for the mainland standard (通用规范汉字表, 2013);
 * - t2hk: Traditional to Hong Kong Traditional (hant→hk), for the Hong Kong standard (常用字字形表 and
 *   香港小學學習字詞表, which OpenCC's hk follows);
 * - twp: the Taiwan-phrase step of hans→twp and hant→twp, on OpenCC standard Traditional text.
 * An override whose target equals its source keeps the text as it is: in twp it removes a Taiwan
 * phrase, elsewhere it guards a word from a shorter override (a longer dictionary match wins).
 */
export interface Override {
  step: 's2t' | 't2s' | 't2hk' | 'twp';
  source: string;
  target: string;
  why: string;
}

export type OverrideStep = Override['step'];

// ---------------------------------------------------------------------------------------------
// 着 and 著. The mainland (通用规范汉字表) and Hong Kong (常用字字形表, 香港小學學習字詞表) write 着
// for zhuó, zháo and the particle zhe, and keep 著 for zhù (to write; eminent): 着力, 着手, 着眼,
// 着重, 随着; 著名, 著作, 显著. Taiwan (教育部 國字標準字體) writes 著 for all of them, and so does
// Traditional text made on the mainland by a character-by-character converter (our first release
// wrote 著力 ten times). OpenCC's standard Traditional keeps 着 and 著 apart, so its t→s and t→hk
// leave 著 as it is (OpenCC issue #555: only tw2s turns 著 into 着): the words below do it.
// Sources: 现代汉语词典 (7th ed.) headwords 着力 着手 着眼 着重 着想 着落 着陆 着实 着急 着迷 着凉
// 着火 着装 着意 着墨 着色 衣着 沉着 执着 附着; OpenCC PR #859 ("只有台灣強制把「着」併入「著」，
// 香港並未採用"); Hong Kong government releases write 穿着, 掩着口鼻 (corpus: hongkong/
// hk20260122_chp_cold_weather.zh.txt).
// ---------------------------------------------------------------------------------------------

/** [as Traditional text writes it with 著, its mainland form]; the Hong Kong form is the first with 着. */
export const ZHUO_WORDS: readonly (readonly [string, string])[] = [
  // zhuó: to apply, to set about, to attach
  ['著力', '着力'],
  ['著手', '着手'],
  ['著眼', '着眼'],
  ['著重', '着重'],
  ['著想', '着想'],
  ['著落', '着落'],
  ['著陸', '着陆'],
  ['著實', '着实'],
  ['著裝', '着装'],
  ['著意', '着意'],
  ['著墨', '着墨'],
  ['著色', '着色'],
  ['衣著', '衣着'],
  ['沉著', '沉着'],
  ['執著', '执着'],
  ['附著', '附着'],
  // zháo: to be affected, to catch
  ['著急', '着急'],
  ['著迷', '着迷'],
  ['著涼', '着凉'],
  ['著火', '着火'],
  ['睡著', '睡着'],
  // zhe, the particle, in the fixed forms policy text uses
  ['穿著', '穿着'],
  ['隨著', '随着'],
  ['接著', '接着'],
  ['意味著', '意味着'],
  ['本著', '本着'],
  ['沿著', '沿着'],
  ['順著', '顺着'],
  ['朝著', '朝着'],
  ['圍繞著', '围绕着'],
  ['憑著', '凭着'],
];

/** zhù words ending in 著, [Traditional, Simplified]: without them 顯著實效 would read 顯|著實|效. */
export const ZHU_WORDS: readonly (readonly [string, string])[] = [
  ['顯著', '显著'],
  ['名著', '名著'],
  ['原著', '原著'],
  ['巨著', '巨著'],
  ['鉅著', '巨著'],
  ['專著', '专著'],
  ['編著', '编著'],
  ['譯著', '译著'],
  ['合著', '合著'],
  ['昭著', '昭著'],
  ['卓著', '卓著'],
  ['遺著', '遗著'],
  ['論著', '论著'],
  ['土著', '土著'],
];

const ZHUO_WHY = '著 read zhuó/zháo/zhe: the mainland writes 着 (通用规范汉字表; 现代汉语词典)';
const ZHUO_HK_WHY = '著 read zhuó/zháo/zhe: Hong Kong writes 着 (常用字字形表; 香港小學學習字詞表)';
const ZHU_WHY = '著 read zhù (显著, 名著): stays 著, and no 着-word override may start inside it';

const zhuo: Override[] = [
  ...ZHUO_WORDS.map(([hant, hans]): Override => ({ step: 't2s', source: hant, target: hans, why: ZHUO_WHY })),
  ...ZHU_WORDS.map(([hant, hans]): Override => ({ step: 't2s', source: hant, target: hans, why: ZHU_WHY })),
  ...ZHUO_WORDS.map(([hant]): Override => ({ step: 't2hk', source: hant, target: hant.replace(/著/g, '着'), why: ZHUO_HK_WHY })),
  ...ZHU_WORDS.map(([hant]): Override => ({ step: 't2hk', source: hant, target: hant, why: ZHU_WHY })),
];

// 啟 and 啓. OpenCC's standard Traditional and its hk write 啓 (启动 → 啓動), the form of 常用字字形表
// and 香港小學學習字詞表; Taiwan writes 啟. A Traditional source in the Taiwan form would keep 啟 in
// hk, since t→hk has no 啟→啓: these words do it. Word by word, not the character: Hong Kong's own
// names often keep the Big5 form (啟德, 智啟未來 in the corpus's government releases), and names
// keep their official written form.
export const QI_WORDS = ['啟動', '開啟', '啟用', '重啟', '啟發', '啟示', '啟迪', '啟航', '啟程', '啟事', '啟蒙'];
const qi: Override[] = QI_WORDS.map((word) => ({
  step: 't2hk',
  source: word,
  target: word.replace('啟', '啓'),
  why: 'Hong Kong standard 啓 (常用字字形表; 香港小學學習字詞表), as OpenCC s→hk writes it',
}));

// 數字 in the digital sense. Taiwan says 數位 (數位經濟, 數位轉型: 數位發展部, 國家發展委員會), while
// 數字 alone means numerals there as on the mainland, so only the compounds convert and 數字 alone
// stays (TWPhrases keeps 數字 as 數字). 數字化轉型 is 數位轉型 in Taiwan, not 數位化轉型.
export const DIGITAL: readonly (readonly [string, string])[] = [
  ['數字化轉型', '數位轉型'],
  ['數字化', '數位化'],
  ['數字經濟', '數位經濟'],
  ['數字產業', '數位產業'],
  ['數字技術', '數位技術'],
  ['數字轉型', '數位轉型'],
  ['數字基建', '數位基建'],
  ['數字底座', '數位底座'],
  ['數字政府', '數位政府'],
  ['數字鴻溝', '數位落差'],
];
const digital: Override[] = DIGITAL.map(([source, target]) => ({
  step: 'twp',
  source,
  target,
  why: '數字 in the digital sense is 數位 in Taiwan (數位發展部); 數字 alone (numerals) stays',
}));

// 制造 after a phrase ending in 制. Conversion matches the longest dictionary entry from the left,
// so a phrase such as 家制 (family system), 统制 (control) or 强制 (compulsory) takes the 制 of a
// following 制造 and leaves it unconverted: 国家制造业 → 國家制造業, 传统制造业 → 傳統制造業, 做强制造业 →
// 做強制造業. For every such phrase of OpenCC's STPhrases, 制造业 and 制造企业 after it are the
// manufacturing words (制 + 造业 is no reading), and convert as such; 体制造成 and 控制造价 stay as
// OpenCC has them.
function phrasesEndingIn制(): (readonly [string, string])[] {
  const [stPhrases] = Locale.configs.s2t.conversionChain[0] as readonly string[];
  return stPhrases
    .split('|')
    .map((entry) => entry.split(' ') as [string, string])
    .filter(([source, target]) => source.endsWith('制') && target.endsWith('制'));
}
const manufacturing: Override[] = phrasesEndingIn制().flatMap(([source, target]) =>
  [
    ['造业', '造業'],
    ['造企业', '造企業'],
  ].map(([tail, tailTarget]): Override => ({
    step: 's2t',
    source: source + tail,
    target: target.slice(0, -1) + '製' + tailTarget,
    why: `the phrase ${source} (${target}) captures the 制 of 制${tail} (manufacturing)`,
  })),
);

export const OVERRIDES: readonly Override[] = [
  { step: 's2t', source: '参与制造', target: '參與製造', why: 'the phrase 参与制 (participation system) captures 制' },
  { step: 's2t', source: '被发明', target: '被發明', why: 'the phrase 被发 (被髮, loose hair) captures 发' },
  { step: 's2t', source: '了如何', target: '了如何', why: 'the phrase 了如 (瞭如指掌) captures the particle 了 before 如何' },
  { step: 's2t', source: '范先生', target: '范先生', why: 'the surname 范 is not 範' },
  {
    step: 's2t',
    source: '个中小',
    target: '個中小',
    why: 'the phrase 个中 (箇中, "therein") captures the measure word before 中小企业 (首个中小企业 → 首箇中小企業)',
  },
  ...manufacturing,
  // Upstream OpenCC t2s cases that opencc-js 1.4.2's data predates; its own STCharacters and
  // STPhrases already hold the reverse pairs (𣨼 殢, 𪢮 圞, 𣗊溪 樠谿).
  { step: 't2s', source: '殢', target: '𣨼', why: 'upstream case BYVoid_OpenCC_PR_1228_existing_behaviors' },
  { step: 't2s', source: '圞', target: '𪢮', why: 'upstream case BYVoid_OpenCC_PR_1229_existing_behaviors' },
  { step: 't2s', source: '樠谿', target: '𣗊溪', why: 'upstream case BYVoid_OpenCC_PR_464_xi_vs_xi' },
  ...zhuo,
  ...qi,
  { step: 'twp', source: '發佈會', target: '發佈會', why: 'the phrase 發佈→釋出 (software release) makes 新聞釋出會' },
  // Taiwan phrases are largely computing vocabulary; in policy text these words keep their sense.
  { step: 'twp', source: '經濟運行', target: '經濟運行', why: 'economic performance, not 執行 (running a program)' },
  { step: 'twp', source: '工業運行', target: '工業運行', why: 'industrial performance, not 執行 (running a program)' },
  { step: 'twp', source: '重磅文件', target: '重磅文件', why: 'policy documents, not 檔案 (computer files)' },
  { step: 'twp', source: '循環體系', target: '循環體系', why: 'a recycling system, not 迴圈 (a program loop)' },
  { step: 'twp', source: '化進程', target: '化進程', why: 'the course of (industrial)ization, not 程序 (a process)' },
  { step: 'twp', source: '激活', target: '激活', why: 'to energise (an economy, a market), not 啟用 (to enable a software feature)' },
  {
    step: 'twp',
    source: '優化',
    target: '優化',
    why: '優化 (to improve, to upgrade) is Taiwan usage too; 最佳化 is mathematical optimisation, and breaks the heading 減量優化',
  },
  {
    step: 'twp',
    source: '設備',
    target: '設備',
    why: 'plant and machinery is 設備 in Taiwan too (設備投資); 裝置 is a (computer) device, and breaks the campaign 大規模設備更新',
  },
  {
    step: 'twp',
    source: '支持',
    target: '支持',
    why: 'policy support is 支持 in Taiwan too (政府支持產業); 支援 is technical support or reinforcement',
  },
  {
    step: 'twp',
    source: '高端',
    target: '高端',
    why: 'the high end of an industry is 高端 in Taiwan too (高端製造); 高階 is a level or grade (高階主管), and makes 高階化工',
  },
  {
    step: 'twp',
    source: '集羣',
    target: '集群',
    why: 'an industrial cluster (產業集群, 先進製造業集群: designations kept as named); 叢集 is a computer cluster',
  },
  ...digital,
  {
    step: 'twp',
    source: '基站',
    target: '基地臺',
    why: 'a mobile base station is 基地臺 in Taiwan (NCC: 基地臺設置使用管理辦法; 臺 per 教育部, as the tw script writes it)',
  },
];
