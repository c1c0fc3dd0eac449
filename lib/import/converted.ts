// Mainland Traditional made by a naive converter: a scraped Traditional copy of a Simplified
// original, converted character by character. Such a converter keeps a Simplified character
// wherever it also stands in Traditional for another word (制 for 製, 于 for 於, 后 for 後, 并 for
// 並, 范 for 範, 干 for 幹, 托 for 託 …), so it writes words no Traditional writer does, mixed with
// standard Traditional. The words below are those: each is what a naive converter gives for a
// Simplified word whose Traditional form differs (制造 for 製造, 標志 for 標誌). Mainland wording and
// issuers (信息, 人民政府 …) are evidence too, but alone they prove nothing: Hong Kong writes 數字.

export const NAIVE_FORMS: readonly (readonly [naive: string, standard: string])[] = [
  ['制造', '製造'],
  ['制品', '製品'],
  ['研制', '研製'],
  ['制作', '製作'],
  ['標志', '標誌'],
  ['于', '於'],
  ['后', '後'],
  ['并', '並'],
  ['依托', '依託'],
  ['委托', '委託'],
  ['咨詢', '諮詢'],
  ['注冊', '註冊'],
  ['示范', '示範'],
  ['規范', '規範'],
  ['范圍', '範圍'],
  ['防范', '防範'],
  ['模范', '模範'],
  ['骨干', '骨幹'],
  ['干部', '幹部'],
  ['主干', '主幹'],
  ['扎實', '紮實'],
  ['扎根', '紮根'],
  ['沖突', '衝突'],
  ['沖擊', '衝擊'],
  ['呼吁', '呼籲'],
  ['建筑', '建築'],
  ['采取', '採取'],
  ['采購', '採購'],
  ['采訪', '採訪'],
  ['開采', '開採'],
  ['防御', '防禦'],
  ['關系', '關係'],
  ['聯系', '聯繫'],
];

const MAINLAND = ['人民政府', '新聞辦公室', '省委', '國務院', '中共中央', '黨組', '信息化', '外交部發言人', '國家主席', '全國人大', '政治局'];

export type ConversionEvidence = { word: string; standard?: string; count: number };
export type NaiveConversion = { naive: ConversionEvidence[]; mainland: ConversionEvidence[] };

const count = (text: string, word: string) => {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
};

/**
 * The evidence that a Traditional text was converted from Simplified by a naive converter, or null
 * when there is not enough: two different naive forms and three in all, or one with two kinds of
 * mainland wording or issuer.
 */
export function detectNaiveConversion(text: string): NaiveConversion | null {
  const naive = NAIVE_FORMS.map(([word, standard]) => ({ word, standard, count: count(text, word) })).filter((e) => e.count);
  const mainland = MAINLAND.map((word) => ({ word, count: count(text, word) })).filter((e) => e.count);
  const total = naive.reduce((sum, e) => sum + e.count, 0);
  const enough = (naive.length >= 2 && total >= 3) || (naive.length >= 1 && mainland.length >= 2);
  return enough ? { naive, mainland } : null;
}
