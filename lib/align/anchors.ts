import { extractEnFigures, extractZhFigures, type Figure } from '../content/figures';
import { findRenderings } from '../terms/english';
import { RULE_RUN } from './length';
import { arabicFigures, chineseNumeralValue } from './zh-numerals';

// Anchors: things a Chinese segment and its English share whatever the wording. Each anchor has
// a key that is equal on both sides (f:percent:7.1 for 7.1% and "7.1 per cent") and the text it
// was read from. Which keys count is decided per release by the aligner (a key must occur on
// both sides somewhere); this module only reads them.

export type AnchorKind = 'figure' | 'time' | 'token' | 'name' | 'person' | 'marker' | 'term' | 'shape' | 'word';
export type Anchor = { kind: AnchorKind; key: string; text: string };
export type GlossaryTerm = { zh: readonly string[]; en: readonly string[] };

// Each kind's keys start with their own letter (d: is the dictionary's, lexicon.ts).
const KIND_OF_PREFIX: Record<string, AnchorKind> = { f: 'figure', t: 'time', w: 'token', n: 'name', p: 'person', m: 'marker', g: 'term', s: 'shape', d: 'word' };

/** The kind of anchor a key belongs to. */
export const keyKind = (key: string): AnchorKind => KIND_OF_PREFIX[key.slice(0, key.indexOf(':'))];

/** Section headings and labels of government releases, in every release whatever its glossary. */
export const BOILERPLATE_TERMS: readonly GlossaryTerm[] = [
  { zh: ['評論', '评论'], en: ['Commentary'] },
  { zh: ['進一步資料', '进一步资料'], en: ['Further information'] },
  { zh: ['問題：', '问题：'], en: ['Question:', 'Question'] },
  { zh: ['答覆：', '答复：'], en: ['Reply:', 'Answer:'] },
  { zh: ['多謝主席', '谢谢主席'], en: ['Thank you, President', 'Thank you, Chairman'] },
  // How replies and interviews address and name the head: 主席： / "President,", 總統： / "President Lai:".
  { zh: ['主席', '總統', '总统'], en: ['President', 'Chairman'] },
  { zh: ['背景', '背景資料', '背景资料'], en: ['Background'] },
  { zh: ['附件', '附錄', '附录'], en: ['Annex', 'Appendix'] },
  // Announcements for radio and TV: "電台及電視台當值宣布員注意：" / "Attention duty announcers, radio and TV
  // stations:", "請盡快播出下列報告" / "Please broadcast the following", "游泳人士請注意" / "of interest to swimmers".
  { zh: ['宣布員', '宣布员', '宣佈員', '廣播員', '广播员'], en: ['announcers', 'announcer'] },
  { zh: ['播出', '廣播', '广播'], en: ['broadcast'] },
  { zh: ['游泳人士'], en: ['swimmers'] },
];

// Thousands grouped by spaces (70 000, Hong Kong style) would read as two numbers.
const SPACED_THOUSANDS = /(?<![\d.,])(\d{1,3})((?:[ \u00a0\u2009\u202f]\d{3})+)(?!\d|[.,]\d|[ \u00a0]\d)/g;
const joinThousands = (text: string) => text.replace(SPACED_THOUSANDS, (_, head: string, rest: string) => head + rest.replace(/\D/g, ''));
const halfWidthLatin = (s: string) => s.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const figureKey = (f: Figure) => `f:${f.unit === 'ordinal' ? 'number' : f.unit}:${f.value}`;
const figures = (list: Figure[]): Anchor[] => list.map((f) => ({ kind: 'figure', key: figureKey(f), text: f.text }));

// ISO dates (2024-06-13), which date lines of both languages use and the figures check reads as
// three numbers: read here, and blanked before the figures are read.
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
function isoDates(text: string): { rest: string; anchors: Anchor[] } {
  const anchors: Anchor[] = [];
  const rest = text.replace(ISO_DATE, (m, year: string, month: string, day: string) => {
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return m;
    anchors.push({ kind: 'figure', key: `f:number:${Number(year)}`, text: m }, { kind: 'figure', key: `f:date:${Number(month) * 100 + Number(day)}`, text: m });
    return ' '.repeat(m.length);
  });
  return { rest, anchors };
}

/** Figures as the figures check reads them, and ISO dates. */
function allFigures(text: string, extract: (text: string) => Figure[]): Anchor[] {
  const { rest, anchors } = isoDates(text);
  return [...anchors, ...figures(extract(rest))];
}

// Clock times, 12-hour: 下午三時三十分 and "3.30pm" are both t:3:30.
const timeKey = (hour: string, minutes: string | undefined) => `t:${Number(hour) % 12}:${(minutes ?? '00').padStart(2, '0')}`;
const ZH_TIME = /(\d{1,2})\s*(?:[時时点點](?:\s*(\d{1,2})\s*分|(半))?|:(\d{2})(?!\d))/g;
const EN_TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(?:[ap]\.?m\b\.?)|\b(\d{1,2}):(\d{2})\b/gi;

function zhTimes(arabic: string): Anchor[] {
  return [...arabic.matchAll(ZH_TIME)].map((m) => ({
    kind: 'time',
    key: timeKey(m[1], m[3] ? '30' : (m[2] ?? m[4])),
    text: m[0],
  }));
}

function enTimes(text: string): Anchor[] {
  return [...text.matchAll(EN_TIME)].map((m) => ({ kind: 'time', key: timeKey(m[1] ?? m[3], m[2] ?? m[4]), text: m[0] }));
}

// Latin tokens that a Chinese text carries verbatim: 5G, HKMA, the parts of URLs and e-mail
// addresses, route numbers. Pure numbers are figures; one letter alone says nothing.
const LATIN = /[A-Za-z0-9]+/g;
function tokens(text: string): Anchor[] {
  return [...halfWidthLatin(text).matchAll(LATIN)]
    .filter((m) => /[A-Za-z]/.test(m[0]) && (m[0].length > 1 || /\d/.test(m[0])))
    .map((m) => ({ kind: 'token', key: `w:${m[0].toLowerCase()}`, text: m[0] }));
}

// Numbered points: （一）, (1), 一、, 1. at the start of a Chinese segment; (1), (i), 1., I. in English.
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function roman(s: string): number {
  const values = [...s.toLowerCase()].map((c) => ROMAN[c]);
  return values.reduce((sum, v, i) => sum + (v < (values[i + 1] ?? 0) ? -v : v), 0);
}
const ZH_MARKER = /^\s*(?:[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*[）)]|([一二三四五六七八九十]{1,3})\s*[、．.]|(\d{1,3})\s*[、．.)）](?!\d))/u;
const EN_MARKER = /^\s*(?:\(\s*(\d{1,3}|[ivxlc]{1,6})\s*\)|(\d{1,3})[.)](?!\d)|([IVXLC]{1,6})[.)]\s)/i;

function zhMarker(text: string): Anchor[] {
  const m = ZH_MARKER.exec(text);
  if (!m) return [];
  const written = m[1] ?? m[2] ?? m[3];
  const n = /^\d+$/.test(written) ? Number(written) : chineseNumeralValue(written);
  return n !== null && n > 0 ? [{ kind: 'marker', key: `m:${n}`, text: m[0].trim() }] : [];
}

function enMarker(text: string): Anchor[] {
  const m = EN_MARKER.exec(text);
  if (!m) return [];
  const written = m[1] ?? m[2] ?? m[3];
  const n = /^\d+$/.test(written) ? Number(written) : roman(written);
  return n > 0 ? [{ kind: 'marker', key: `m:${n}`, text: m[0].trim() }] : [];
}

// Shapes: a rule line (———— / -----), a question, a speaker's label (總統： / President Lai:).
const RULE = new RegExp(RULE_RUN.source, 'u');
const ZH_QUESTION = /^(?:問|问)\s*[：:︰]|[？?][」”"’）)]*\s*$/u;
const EN_QUESTION = /^(?:Q|Question)\s*[:.]\s*\S|\?["”’)]*\s*$/u;
// A lead-in: 注意以下防騙資訊： / "the following anti-deception tips:". Hong Kong's texts often write
// the colon as ︰ (U+FE30, the vertical form), which every Chinese pattern here takes as ：.
const ZH_LEAD_IN = /[：:︰]\s*$/u;
const EN_LEAD_IN = /:\s*$/u;
const ZH_LABEL = /^[^，。；：:︰？！\s]{2,12}[：:︰]\s*\S/u;
const EN_LABEL = /^(?:[A-Z][\w.'’&-]*\s){0,4}[A-Z][\w.'’&-]*:\s*\S/u;

function shapes(text: string, question: boolean, label: boolean, leadIn: boolean): Anchor[] {
  const found: Anchor[] = [];
  if (leadIn) found.push({ kind: 'shape', key: 's:lead-in', text: text.trim().slice(-1) });
  const rule = RULE.exec(text);
  if (rule) found.push({ kind: 'shape', key: 's:rule', text: rule[0] });
  if (question) found.push({ kind: 'shape', key: 's:question', text: text.trim().slice(-1) });
  if (label) found.push({ kind: 'shape', key: 's:label', text: text.slice(0, text.search(/[：:︰]/u) + 1) });
  return found;
}

const stripped = (s: string) => s.replace(/[\s\p{P}]/gu, '');

// A form that ends in a colon is a label (問題：): it is found only as written, with either colon.
const LABEL_FORM = /[：:]$/u;

/** Glossary terms in a Chinese text: a form of one character must be the whole text (完). */
function zhTerms(text: string, terms: readonly GlossaryTerm[]): Anchor[] {
  const bare = stripped(text);
  const found = (f: string) => {
    if (LABEL_FORM.test(f)) return ['：', ':'].some((colon) => text.includes(f.slice(0, -1) + colon));
    return stripped(f).length > 1 ? text.includes(f) || bare.includes(stripped(f)) : bare === stripped(f);
  };
  return terms.flatMap((term, i) => {
    const form = term.zh.find(found);
    return form ? [{ kind: 'term' as const, key: `g:${i}`, text: form }] : [];
  });
}

function enTerms(text: string, terms: readonly GlossaryTerm[]): Anchor[] {
  const matches = findRenderings(
    text,
    terms.map((t, i) => ({ key: `g:${i}`, texts: t.en })),
  );
  return matches.map((m) => ({ kind: 'term', key: m.key, text: text.slice(m.start, m.end) }));
}

export type ZhAnchorInput = { zh: string; kind: string };

/** The anchors of a Chinese segment. */
export function zhAnchors(segment: ZhAnchorInput, terms: readonly GlossaryTerm[]): Anchor[] {
  const arabic = joinThousands(arabicFigures(segment.zh));
  return [
    ...allFigures(arabic, extractZhFigures),
    ...zhTimes(arabic),
    ...tokens(segment.zh),
    ...zhMarker(segment.zh),
    ...shapes(segment.zh, segment.kind === 'question' || ZH_QUESTION.test(segment.zh), ZH_LABEL.test(segment.zh), ZH_LEAD_IN.test(segment.zh)),
    ...zhTerms(segment.zh, terms),
  ];
}

/** The anchors of an English paragraph. */
export function enAnchors(en: string, terms: readonly GlossaryTerm[]): Anchor[] {
  return [
    ...allFigures(joinThousands(en), extractEnFigures),
    ...enTimes(en),
    ...tokens(en),
    ...enMarker(en),
    ...shapes(en, EN_QUESTION.test(en), EN_LABEL.test(en), EN_LEAD_IN.test(en)),
    ...enTerms(en, terms),
  ];
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Chinese names that an English text gives in characters: Cho Jung-tai (卓榮泰). */
export function hanNames(en: string): Anchor[] {
  return [...en.matchAll(HAN_RUN)].map((m) => ({ kind: 'name', key: `n:${m[0]}`, text: m[0] }));
}

/** The names, of those an English text gives in characters, that a Chinese text contains. */
export function sharedNames(zh: string, names: readonly string[]): Anchor[] {
  return names.filter((name) => zh.includes(name)).map((name) => ({ kind: 'name', key: `n:${name}`, text: name }));
}

/** The text with Chinese numerals in Arabic, as the figures check should compare it. */
export const zhFiguresText = (zh: string) => joinThousands(arabicFigures(zh));
export const enFiguresText = (en: string) => joinThousands(en);
