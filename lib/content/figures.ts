// Figures check: every figure of a Chinese segment must reach its English with the same value.
// Only Arabic numerals are read. Chinese-character numerals (十大, 兩大, 五是) are not checked: they
// mostly name lists and programmes, and their renderings ("ten major actions", "second") vary too
// much to compare. Signs are not read either (下降5.2% is "fell 5.2%"): magnitudes are compared.
// Percentage points (2.5個百分點, "2.5 percentage points") are numbers, not percents.

export type FigureUnit = 'number' | 'percent' | 'date' | 'ordinal';

export type Figure = {
  /** The value with its scale applied (20.2萬 → 202000, 7.1% → 7.1). Dates: month * 100 + day,
   *  0 for a part not given (3月8日 → 308, 3月 → 300, 8日 → 8). */
  value: number;
  unit: FigureUnit;
  /** The figure as written, with its scale, percent sign or date words. */
  text: string;
  /** Offset of text in the string it came from. */
  index: number;
};

export type FigureIssue = {
  kind: 'missing' | 'changed';
  /** The Chinese figure. */
  figure: Figure;
  /** For 'changed': the unmatched English figure in its place. */
  english?: Figure;
  message: string;
};

type Token = {
  unit: FigureUnit;
  amount: number;
  scale: number;
  month: number;
  day: number;
  /** A plain number, which takes the scale or unit of the other end of a range (2-3萬, 5–10%). */
  bare: boolean;
  start: number;
  end: number;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?`;
const ZH_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
// English spells out small numbers ("Ten provincial leaders"), so words count as figures.
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
  .concat(['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']);
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const ZH_RANGE = String.raw`\s*(?:[-－~～—–―]+|至|到)\s*`;
const ZH_RANGE_ONLY = new RegExp(`^${ZH_RANGE}$`);
// 萬億 before 萬 so that the longer scale wins; 十/百/千 only count in front of 萬 or 億 (千米 is km).
// 多/余 may stand between a figure and its scale (5100多亿 is "more than 510 billion").
// The day of 1月8-10日 is written without its 日.
const ZH_FIGURE = new RegExp(
  String.raw`(?<ordinal>第\s*)?(?<per>百分之\s*)?(?<n>${NUMBER})` +
    String.raw`(?:\s*(?<month>月)(?:\s*(?<day>\d{1,2})\s*(?:[日號号]|(?=${ZH_RANGE}\d{1,2}\s*[日號号])))?` +
    String.raw`|\s*(?<dayOnly>日)|\s*(?<percent>%)` +
    String.raw`|\s*[個个]?\s*(?<points>百分[點点])|\s*(?:[多余餘]\s*)?(?<scale>[十百千]?[萬万][億亿]|[十百千]?[萬万億亿]))?`,
  'g',
);

const MONTH_ABBREVIATED = MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|');
const EN_FIGURE = new RegExp(
  String.raw`(?<dmDay>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dmMonth>${MONTH_ABBREVIATED})\b` +
    String.raw`|\b(?<mdMonth>${MONTH_ABBREVIATED})\s+(?<mdDay>\d{1,2})(?:st|nd|rd|th)?(?!\w|[.,]\d)` +
    String.raw`|(?<ordinal>\d+(?:st|nd|rd|th)\b|\b(?:${EN_ORDINALS.join('|')})\b)` +
    String.raw`|(?<n>${NUMBER}|\b(?:(?:${EN_TENS.join('|')})(?:-(?:${EN_WORDS.slice(1, 10).join('|')}))?|${EN_WORDS.join('|')})\b)` +
    String.raw`(?:[\s-]*(?<hundred>hundred)\b)?(?:[\s-]*(?<scale>thousand|million|billion|trillion|bn)\b)?` +
    String.raw`(?<percent>\s*(?:%|per\s*cent\b))?(?<points>\s*percentage[\s-]points?\b)?` +
    String.raw`|\b(?<month>${MONTHS.join('|')})\b`,
  'gi',
);

const toHalfWidth = (s: string) => s.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const toNumber = (s: string) => Number(s.replaceAll(',', ''));
const isDay = (n: number) => Number.isInteger(n) && n >= 1 && n <= 31;
const isMonth = (n: number) => Number.isInteger(n) && n >= 1 && n <= 12;
const monthOf = (name: string) => MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;

function englishNumber(word: string): number {
  const [tens, unit] = word.toLowerCase().split('-');
  const t = EN_TENS.indexOf(tens);
  return t >= 0 ? (t + 2) * 10 + (unit ? EN_WORDS.indexOf(unit) : 0) : EN_WORDS.indexOf(tens);
}

function token(start: number, end: number, fields: Partial<Token>): Token {
  return { unit: 'number', amount: 0, scale: 1, month: 0, day: 0, bare: false, start, end, ...fields };
}

/** A number where a date was read but the date is impossible (13月, 40 March): rescan after it. */
function plain(re: RegExp, start: number, digits: string): Token {
  re.lastIndex = start + digits.length;
  return token(start, re.lastIndex, { amount: toNumber(digits), bare: true });
}

function readZh(text: string): Token[] {
  const re = new RegExp(ZH_FIGURE);
  const tokens: Token[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [g, start, end] = [m.groups ?? {}, m.index, m.index + m[0].length];
    const amount = toNumber(g.n);
    const at = (fields: Partial<Token>) => token(start, end, { amount, ...fields });
    if (g.ordinal) tokens.push(at({ unit: 'ordinal' }));
    else if (g.per || g.percent) tokens.push(at({ unit: 'percent' }));
    else if (g.month) {
      const day = g.day === undefined ? 0 : Number(g.day);
      const valid = isMonth(amount) && (g.day === undefined || isDay(day));
      tokens.push(valid ? at({ unit: 'date', month: amount, day }) : plain(re, start, g.n));
    } else if (g.dayOnly) tokens.push(isDay(amount) ? at({ unit: 'date', day: amount }) : plain(re, start, g.n));
    else if (g.scale) tokens.push(at({ scale: [...g.scale].reduce((s, c) => s * ZH_SCALES[c], 1) }));
    else tokens.push(at({ bare: !g.points }));
  }
  return tokens;
}

function readEn(text: string): Token[] {
  const re = new RegExp(EN_FIGURE);
  const tokens: Token[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [g, start, end] = [m.groups ?? {}, m.index, m.index + m[0].length];
    const at = (fields: Partial<Token>) => token(start, end, fields);
    const monthName = g.dmMonth ?? g.mdMonth ?? g.month;
    const digits = g.dmDay ?? g.mdDay;
    // Month names count in any case next to a day, but "may" is mostly a verb, and a month
    // standing alone must be a capitalized name.
    const lowerCase = monthName && monthName[0] === monthName[0].toLowerCase();
    if (lowerCase && (g.month || monthName.toLowerCase() === 'may')) {
      if (digits) tokens.push(plain(re, text.indexOf(digits, start), digits));
    } else if (g.month) tokens.push(at({ unit: 'date', month: monthOf(g.month) }));
    else if (digits) {
      const day = Number(digits);
      tokens.push(isDay(day) ? at({ unit: 'date', month: monthOf(monthName), day }) : plain(re, text.indexOf(digits, start), digits));
    } else if (g.ordinal) {
      const amount = /^\d/.test(g.ordinal) ? parseInt(g.ordinal, 10) : EN_ORDINALS.indexOf(g.ordinal.toLowerCase()) + 1;
      tokens.push(at({ unit: 'ordinal', amount }));
    } else {
      const amount = /^\d/.test(g.n) ? toNumber(g.n) : englishNumber(g.n);
      const scale = (g.hundred ? 100 : 1) * (g.scale ? EN_SCALES[g.scale.toLowerCase()] : 1);
      tokens.push(at({ unit: g.percent ? 'percent' : 'number', amount, scale, bare: !g.hundred && !g.scale && !g.percent && !g.points }));
    }
  }
  return tokens;
}

/** The two ends of a range share what is written once: 2-3萬, 5–10%, 1-2月, 8-10 March, March 8-10. */
function joinRanges(tokens: Token[], text: string, separator: RegExp): void {
  for (let i = 1; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 1], tokens[i]];
    if (!separator.test(text.slice(a.end, b.start))) continue;
    if (a.bare && b.unit === 'date') {
      if (b.day ? isDay(a.amount) : isMonth(a.amount))
        Object.assign(a, { unit: 'date', month: b.day ? b.month : a.amount, day: b.day ? a.amount : 0, bare: false });
    } else if (a.bare && (b.unit === 'percent' || b.scale !== 1) && a.amount < 1000) {
      // "1,000 to 2 million" is not 1,000 million: only a short first end takes the scale.
      Object.assign(a, { unit: b.unit, scale: b.scale, bare: false });
    } else if (a.unit === 'date' && a.day && a.month && (b.bare ? isDay(b.amount) : b.unit === 'date' && !b.month)) {
      Object.assign(b, { unit: 'date', month: a.month, day: b.day || b.amount, bare: false });
    }
  }
}

function toFigures(tokens: Token[], text: string): Figure[] {
  return tokens.map((t) => ({
    // toPrecision drops binary noise from scaling (20.2 × 1e4), so values print and compare cleanly.
    value: t.unit === 'date' ? t.month * 100 + t.day : Number((t.amount * t.scale).toPrecision(15)),
    unit: t.unit,
    text: text.slice(t.start, t.end).trim(),
    index: t.start,
  }));
}

export function extractZhFigures(zh: string): Figure[] {
  const tokens = readZh(toHalfWidth(zh));
  joinRanges(tokens, zh, ZH_RANGE_ONLY);
  return toFigures(tokens, zh);
}

export function extractEnFigures(en: string): Figure[] {
  const tokens = readEn(toHalfWidth(en));
  joinRanges(tokens, en, /^\s*(?:[-–—]|to)\s*$/i);
  return toFigures(tokens, en);
}

const sameValue = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
const dateParts = (value: number) => [Math.floor(value / 100), value % 100];

/** Whether an English figure renders a Chinese one. A date given in part (3月, 8日) is met by a
 *  fuller one; 第3 by "3rd" or "3" (Q3, Phase 3); 8日 by "the 8th"; 4樓 by "the fourth floor". */
function renders(zh: Figure, en: Figure): boolean {
  if (zh.unit === 'date') {
    const [month, day] = dateParts(zh.value);
    if (en.unit === 'ordinal') return month === 0 && en.value === day;
    const [enMonth, enDay] = dateParts(en.value);
    return en.unit === 'date' && (month === 0 || month === enMonth) && (day === 0 || day === enDay);
  }
  if ((zh.unit === 'ordinal' && en.unit === 'number') || (zh.unit === 'number' && en.unit === 'ordinal')) return sameValue(zh.value, en.value);
  return zh.unit === en.unit && sameValue(zh.value, en.value);
}

/** A maximum matching (augmenting paths): each Chinese figure gets its own English figure. */
function pairUp(zh: Figure[], en: Figure[]): number[] {
  const candidates = zh.map((z) => en.reduce<number[]>((found, e, j) => (renders(z, e) && found.push(j), found), []));
  const owner = en.map(() => -1);
  const assign = (i: number, seen: Set<number>): boolean => {
    for (const j of candidates[i]) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (owner[j] === -1 || assign(owner[j], seen)) return (owner[j] = i), true;
    }
    return false;
  };
  zh.forEach((_, i) => {
    const free = candidates[i].find((j) => owner[j] === -1);
    if (free === undefined) assign(i, new Set());
    else owner[free] = i;
  });
  const pairs = zh.map(() => -1);
  owner.forEach((i, j) => i >= 0 && (pairs[i] = j));
  return pairs;
}

const digitsOf = (n: number) => n.toPrecision(15).replace(/e.*/, '').replace('.', '').replace(/^0+|0+$/g, '');

/** For each unmatched Chinese figure, the unmatched English figure standing for it: between the
 *  English of its matched neighbours, or anywhere with the same digits at another scale (2.3億 as
 *  "23 million"); of several, the nearest in unit and magnitude. */
function standIns(zh: Figure[], en: Figure[], pairs: number[]): (number | undefined)[] {
  const used = new Set(pairs.filter((j) => j >= 0));
  const enDigits = en.map((e) => digitsOf(e.value));
  const before = pairs.map(() => -1);
  const after = pairs.map(() => en.length);
  for (let i = 1; i < pairs.length; i++) before[i] = pairs[i - 1] >= 0 ? pairs[i - 1] : before[i - 1];
  for (let i = pairs.length - 2; i >= 0; i--) after[i] = pairs[i + 1] >= 0 ? pairs[i + 1] : after[i + 1];
  return zh.map((figure, i) => {
    if (pairs[i] >= 0) return undefined;
    const digits = digitsOf(figure.value);
    const distance = (e: Figure) =>
      (e.unit === figure.unit ? 0 : 1) + Math.abs(Math.log10((Math.abs(e.value) + 1e-9) / (Math.abs(figure.value) + 1e-9)));
    let best: number | undefined;
    let bestDistance = Infinity;
    en.forEach((e, j) => {
      if (used.has(j) || (e.unit === 'date') !== (figure.unit === 'date')) return;
      const rescaled = e.unit === figure.unit && e.unit !== 'date' && enDigits[j] === digits;
      if (!rescaled && (j <= before[i] || j >= after[i])) return;
      const d = distance(e);
      if (best === undefined || d < bestDistance) [best, bestDistance] = [j, d];
    });
    if (best !== undefined) used.add(best);
    return best;
  });
}

const formatNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 10 });
const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));

function describe(f: Figure): string {
  if (f.unit === 'percent') return `${formatNumber(f.value)}%`;
  if (f.unit === 'ordinal') return `${formatNumber(f.value)}${ordinalSuffix(f.value)}`;
  if (f.unit === 'number') return formatNumber(f.value);
  const [month, day] = dateParts(f.value);
  if (!month) return `day ${day}`;
  return day ? `${day} ${MONTHS[month - 1]}` : MONTHS[month - 1];
}

const quote = (f: Figure) => (f.text === describe(f) ? `“${f.text}”` : `“${f.text}” (${describe(f)})`);

/** The Chinese figures that the English does not carry, each with a message for the translator. */
export function checkFigures(zh: string, en: string): FigureIssue[] {
  const zhFigures = extractZhFigures(zh);
  const enFigures = extractEnFigures(en);
  const pairs = pairUp(zhFigures, enFigures);
  const stand = standIns(zhFigures, enFigures, pairs);
  return zhFigures.flatMap((figure, i): FigureIssue[] => {
    if (pairs[i] >= 0) return [];
    const j = stand[i];
    if (j === undefined) return [{ kind: 'missing', figure, message: `${quote(figure)} not found in English` }];
    const english = enFigures[j];
    return [{ kind: 'changed', figure, english, message: `${quote(figure)} changed: English has ${quote(english)}` }];
  });
}
