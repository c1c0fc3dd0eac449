import { parseChineseNumeral } from './numerals';

// Numbered headings and points at the start of a paragraph, by the marker that opens them.
// Level 1: 一、 第一章 第一部分; 2: （一） 第一节; 3: 1. 1、 第一条; 4: （1） ①.
const NUMERAL = '([一二三四五六七八九十]{1,3})';
const HEADINGS: { pattern: RegExp; level: 1 | 2 | 3 | 4; chinese: boolean }[] = [
  { pattern: new RegExp(`^${NUMERAL}、`), level: 1, chinese: true },
  { pattern: new RegExp(`^第${NUMERAL}(?:章|编|編|部分)[\\s　]*`), level: 1, chinese: true },
  { pattern: new RegExp(`^[（(]${NUMERAL}[）)]`), level: 2, chinese: true },
  { pattern: new RegExp(`^第${NUMERAL}(?:节|節)[\\s　]*`), level: 2, chinese: true },
  { pattern: /^(\d{1,2})[.．、](?![\d])/, level: 3, chinese: false },
  { pattern: new RegExp(`^第${NUMERAL}(?:条|條)[\\s　]*`), level: 3, chinese: true },
  { pattern: /^[（(](\d{1,2})[）)]/, level: 4, chinese: false },
  { pattern: /^([①-⑳])/, level: 4, chinese: false },
];
// A numbered point of an answer or a statement: 一是…, 第一，….
const POINTS = [new RegExp(`^${NUMERAL}是`), new RegExp(`^第${NUMERAL}[，,、]`)];

export type HeadingMarker = { level: 1 | 2 | 3 | 4; number: number; marker: string };

const number = (text: string, chinese: boolean) => (chinese ? parseChineseNumeral(text) : /^\d+$/.test(text) ? Number(text) : text.charCodeAt(0) - 0x245f);

/** The numbered heading marker opening the line, if any. */
export function matchHeading(line: string): HeadingMarker | null {
  for (const { pattern, level, chinese } of HEADINGS) {
    const m = pattern.exec(line);
    const n = m ? number(m[1], chinese) : null;
    if (m && n !== null && m[0].length < line.length) return { level, number: n, marker: m[0] };
  }
  return null;
}

export function isPoint(line: string): boolean {
  return POINTS.some((pattern) => {
    const m = pattern.exec(line);
    return m !== null && parseChineseNumeral(m[1]) !== null;
  });
}
