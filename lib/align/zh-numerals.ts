import { parseChineseNumeral } from '../import/numerals';

// Chinese-character numerals to Arabic, so that the figures check (which reads Arabic only) can
// compare 二千四百四十萬元 with "$24.4 million". Only numerals that are figures are converted:
// a run with a place unit (二十三, 二千四百四十萬), a digit-by-digit year (二○一二年), or a single
// digit before a measure word (四個, 三年, 一月). Words that merely contain a numeral (一般, 統一,
// 十分, 千萬, 兩大) are left alone. Taiwan's ROC years (113年6月) become Gregorian (2024年6月).

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, '○': 0, 兩: 2, 两: 2 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const RUN = /[零〇○一二兩两三四五六七八九十百千萬万億亿]+/g;
// What a single digit (or 十 alone) must stand before to be a figure. 一 is a figure only in
// dates and ordinals: elsewhere it is mostly "a" (一系列, 一項).
const MEASURE = /^(?:[月日號号時时年歲岁個个名位項项所次批屆届倍間间家宗條条天週周季款份種种類类架艘輛辆元度成%％]|小時|小时|星期|分鐘|分钟)/u;
const ONE_MEASURE = /^[月日號号時时]/u;
const ROC_BASE = 1911;

const digitOf = (ch: string): number | null => (SMALL_UNIT[ch] ? null : (DIGIT[ch] ?? parseChineseNumeral(ch)));

/** 二千四百四十萬 → 24400000, 三萬五千 → 35000, 一千零五 → 1005; null for a run that is not one. */
export function chineseNumeralValue(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of run) {
    const unit = SMALL_UNIT[ch];
    if (unit) {
      section += (digit ?? 1) * unit;
      digit = null;
    } else if (ch === '萬' || ch === '万') {
      total += (section + (digit ?? 0)) * 1e4;
      [section, digit] = [0, null];
    } else if (ch === '億' || ch === '亿') {
      total = (total + section + (digit ?? 0)) * 1e8;
      [section, digit] = [0, null];
    } else {
      const d = digitOf(ch);
      if (d === null || (digit !== null && d !== 0 && digit !== 0)) return null; // 一二: not positional
      digit = d;
    }
  }
  return total + section + (digit ?? 0);
}

/** The Arabic form of a numeral run in its context, or null to leave it as written. */
function convertRun(run: string, before: string, after: string): string | null {
  const hasUnit = /[十百千萬万億亿]/u.test(run);
  const digitsOnly = [...run].every((ch) => digitOf(ch) !== null);
  if (digitsOnly && run.length > 1) {
    // 二○二五 and 一九九七年 (years), 二五學年 (a school year's short year), 零一分 (minutes);
    // 一二, 三四 are words.
    if (/[零〇○]/u.test(run) || /^學?年|^学?年/u.test(after)) return [...run].map((ch) => String(digitOf(ch))).join('');
    return null;
  }
  if (!/^[零〇○一二兩两三四五六七八九十]/u.test(run)) return null; // 千萬, 萬眾, 百姓
  const single = run.length === 1;
  if (single && before !== '第' && !(run === '一' ? ONE_MEASURE : MEASURE).test(after)) return null;
  if (/^一?十$/u.test(run) && /^分/u.test(after)) return null; // 十分 (統一十分重視): "very"
  if (!hasUnit && !single) return null;
  const value = chineseNumeralValue(run);
  return value === null ? null : String(value);
}

/** 九成 → 90%, 九成半 → 95%: shares of ten, as English gives them in per cent. */
const tenths = (text: string) =>
  text.replace(/(\d+(?:\.\d+)?)成(半)?/g, (m, n: string, half: string | undefined, offset: number, all: string) =>
    all[offset + m.length] === '員' || all[offset + m.length] === '员' ? m : `${Number(n) * 10 + (half ? 5 : 0)}%`,
  );

/** 113年6月, 民國113年 → 2024年…: a two- or three-digit year before a month, or after 民國. */
const rocYears = (text: string) =>
  text
    .replace(/(民國|民国)\s*(\d{1,3})\s*年/g, (_, era: string, y: string) => `${era}${Number(y) + ROC_BASE}年`)
    .replace(/(?<![\d.])(\d{2,3})(\s*年\s*\d{1,2}\s*月)/g, (m, y: string, rest: string) => (Number(y) >= 1 && Number(y) <= 200 ? `${Number(y) + ROC_BASE}${rest}` : m));

const halfWidth = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The text with its figures in Arabic numerals, for comparing figures with English. */
export function arabicFigures(zh: string): string {
  const text = halfWidth(zh);
  const converted = text.replace(RUN, (run, offset: number) => {
    const before = text.slice(Math.max(0, offset - 3), offset);
    const after = text.slice(offset + run.length, offset + run.length + 2);
    // 百分之九十二: the prefix is not part of the number.
    if (before.endsWith('百分之')) return convertRun(run, '', '%') ?? run;
    return convertRun(run, before.slice(-1), after) ?? run;
  });
  return rocYears(tenths(converted));
}
