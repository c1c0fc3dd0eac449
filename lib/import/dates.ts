// Dates as Chinese releases write them, read as ISO YYYY-MM-DD: 公历 2024年3月8日, 2024-03-08,
// 2024/3/8 and 2024.3.8; Chinese numerals 二〇二五年十二月二十日 (二零…, 二○…); the Republic of
// China calendar 113年06月13日, 民國113年6月13日 (year + 1911). A month without a day is no date.

const DIGIT: Record<string, number> = Object.fromEntries([...'〇零○Ｏ一二三四五六七八九'].map((d, i) => [d, Math.max(0, i - 3)]));
const NUMERAL = '[〇零○Ｏ一二三四五六七八九十]';
// A 1–3 digit year is the ROC calendar's (mainland and Hong Kong texts write four digits).
const ARABIC = /(?<![\d.])(?:(中華民國|中华民国|民國|民国)\s*)?(\d{4}|\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const SEPARATED = /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g;
const CHINESE = new RegExp(`(${NUMERAL}{4})年(${NUMERAL}{1,3})月(${NUMERAL}{1,3})[日号號]`, 'gu');

export type FoundDate = { iso: string; text: string; index: number; calendar: 'gregorian' | 'roc' };

/** 一 … 三十一 (and 〇-digit years read digit by digit elsewhere); NaN for anything else. */
function numeral(text: string): number {
  if (!text.includes('十')) return text.length === 1 ? (DIGIT[text] ?? NaN) : NaN;
  const [tens, units] = text.split('十');
  return (tens ? (DIGIT[tens] ?? NaN) : 1) * 10 + (units ? (DIGIT[units] ?? NaN) : 0);
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/** Every valid full date in the text, in order of position. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const roc = m[2].length < 4;
    const value = iso(Number(m[2]) + (roc ? 1911 : 0), Number(m[3]), Number(m[4]));
    if (value) found.push({ iso: value, text: m[0], index: m.index, calendar: roc ? 'roc' : 'gregorian' });
  }
  for (const m of text.matchAll(SEPARATED)) {
    const value = iso(Number(m[1]), Number(m[3]), Number(m[4]));
    if (value) found.push({ iso: value, text: m[0], index: m.index, calendar: 'gregorian' });
  }
  for (const m of text.matchAll(CHINESE)) {
    const year = Number([...m[1]].map((d) => DIGIT[d] ?? 'x').join(''));
    const value = iso(year, numeral(m[2]), numeral(m[3]));
    if (value) found.push({ iso: value, text: m[0], index: m.index, calendar: 'gregorian' });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first full date of the first text that has one. */
export function findDate(texts: readonly string[]): FoundDate | undefined {
  for (const text of texts) {
    const [first] = findDates(text);
    if (first) return first;
  }
  return undefined;
}

// What a line holding only a date may carry around it: brackets, a time, a weekday, a place.
const DATE_LINE_REST = /^[\s（）()【】[\]，,、：:—\-\d年月日时時分星期周週一二三四五六七日天上下午晚早\p{Script=Han}]{0,12}$/u;

/** Whether a line is a date line: a date, and at most a short place, time or bracket around it. */
export function isDateLine(line: string): boolean {
  const [date] = findDates(line);
  if (!date || line.length > date.text.length + 16) return false;
  return DATE_LINE_REST.test(line.slice(0, date.index) + line.slice(date.index + date.text.length));
}
