import { describe, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { SCRIPTS } from '@/lib/core/text';
import { loadRelease } from '@/lib/content/load';
import { hasWord, maxWordLength } from './cedict';
import { segmentWords } from './segment';

const RELEASE = 'content/releases/2024-03-08-shandong-new-industrialization.yaml';

const segment = (text: string, fixedWords: string[] = []) => {
  const fixed = fixedWords.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
  return segmentWords(text, { fixed, isWord: hasWord, maxLength: maxWordLength() });
};
const words = (text: string, fixed?: string[]) => segment(text, fixed).map((t) => text.slice(t.start, t.end));
const labelled = (text: string, fixed?: string[]) => segment(text, fixed).map((t) => `${text.slice(t.start, t.end)}:${t.source}`);

describe('segmentWords', () => {
  test('fixed terms stay whole', () => {
    expect(labelled('推进新型工业化', ['新型工业化'])).toEqual(['推进:dictionary', '新型工业化:fixed']);
    expect(labelled('专精特新企业', ['专精特新'])).toEqual(['专精特新:fixed', '企业:dictionary']);
  });

  test('without the term, the dictionary splits it', () => {
    expect(words('专精特新企业')).toEqual(['专', '精', '特', '新', '企业']);
  });

  test('numbers go to ICU whole, a percentage with its sign', () => {
    expect(labelled('2023年增长7.1%')).toEqual(['2023:icu', '年:dictionary', '增长:dictionary', '7.1%:icu']);
    expect(words('完成1205.8亿元，增长１２％。')).toEqual(['完成', '1205.8', '亿', '元', '，', '增长', '１２％', '。']);
  });

  test('a word starting with Latin or digits is taken only at the start of the run', () => {
    expect(words('用U盘')).toEqual(['用', 'U盘']);
    expect(words('XU盘')[0]).toBe('XU');
  });

  test('punctuation and spaces are other', () => {
    expect(labelled('“经济”发展，好。 GDP')).toEqual(['“:other', '经济:dictionary', '”:other', '发展:dictionary', '，:other', '好:dictionary', '。:other', ' :other', 'GDP:icu']);
  });

  test('Traditional text segments on Traditional headwords', () => {
    // CC-CEDICT has 經濟發展 as one headword; 發展經濟 is two.
    expect(labelled('發展經濟')).toEqual(['發展:dictionary', '經濟:dictionary']);
    expect(words('經濟發展')).toEqual(['經濟發展']);
    expect(words('臺灣經濟')).toEqual(['臺灣', '經濟']);
    expect(words('推動製造業發展')).toEqual(['推動', '製造業', '發展']);
  });

  test('surrogate pairs are never split', () => {
    const text = '𠀀经济𠀁a';
    const tokens = segment(text);
    expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(text.slice(t.start, t.end).normalize());
    expect(words(text)).toContain('经济');
  });

  test('overlapping fixed spans are an error', () => {
    expect(() =>
      segmentWords('经济发展', {
        fixed: [
          { start: 0, end: 2 },
          { start: 1, end: 3 },
        ],
        isWord: hasWord,
        maxLength: 19,
      }),
    ).toThrow(RangeError);
  });

  test.each(SCRIPTS)('the tokens cover every segment of the release exactly in %s', async (script) => {
    const release = await loadRelease(RELEASE);
    for (const { zh } of release.segments) {
      const text = convert(zh, release.sourceScript, script);
      const tokens = segment(text);
      let at = 0;
      for (const t of tokens) {
        expect(t.start).toBe(at);
        expect(t.end).toBeGreaterThan(t.start);
        at = t.end;
      }
      expect(at).toBe(text.length);
      expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
    }
  });
});
