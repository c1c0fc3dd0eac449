import { describe, expect, test } from 'vitest';
import { buildMatcher, type Match, type Pattern } from './matcher';
import { prng } from '@/tests/support/prng';

/** The rule, spelled out: at each code point, try every pattern, take the longest, skip past it. */
function naiveFind(text: string, patterns: readonly Pattern[]): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i < text.length;) {
    const here = patterns.filter((p) => p.text && text.startsWith(p.text, i));
    const longest = Math.max(0, ...here.map((p) => p.text.length));
    if (longest) {
      const ids = here.filter((p) => p.text.length === longest).map((p) => p.id);
      matches.push({ start: i, end: i + longest, id: ids[0], ids });
      i += longest;
    } else i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return matches;
}

const p = (...texts: string[]) => texts.map((text) => ({ text, id: text }));
const found = (text: string, patterns: Pattern[]) =>
  buildMatcher(patterns)
    .find(text)
    .map((m) => [m.start, m.end, m.id]);

describe('leftmost-longest', () => {
  test.each([
    { name: 'longer term containing a shorter one wins', text: '發展新質生產力', patterns: p('新質生產力', '發展新質生產力'), want: [[0, 7, '發展新質生產力']] },
    { name: 'the shorter term alone is found inside', text: '發展新質生產力', patterns: p('新質生產力'), want: [[2, 7, '新質生產力']] },
    { name: 'leftmost beats longer-but-later', text: '中小企業數字化轉型', patterns: p('中小企業', '企業數字化轉型'), want: [[0, 4, '中小企業']] },
    { name: 'overlapping terms: the first one only', text: '專精特新', patterns: p('精特新', '專精特'), want: [[0, 3, '專精特']] },
    { name: 'failed longer prefix falls back to a later start', text: '專精特色', patterns: p('專精特新', '精特'), want: [[1, 3, '精特']] },
    {
      name: 'nested suffix after a failed branch',
      text: '小巨人企業',
      patterns: p('小巨人', '巨人企業', '企業'),
      want: [
        [0, 3, '小巨人'],
        [3, 5, '企業'],
      ],
    },
    {
      name: 'adjacent repeats are separate matches',
      text: '專精特新專精特新',
      patterns: p('專精特新'),
      want: [
        [0, 4, '專精特新'],
        [4, 8, '專精特新'],
      ],
    },
    { name: 'scan resumes after a match, not inside it', text: '工業互聯網', patterns: p('工業互聯', '互聯網'), want: [[0, 4, '工業互聯']] },
    { name: 'empty patterns are ignored', text: '兩會', patterns: p('', '兩會'), want: [[0, 2, '兩會']] },
    { name: 'no patterns, no matches', text: '兩會', patterns: [], want: [] },
    { name: 'empty text', text: '', patterns: p('兩會'), want: [] },
  ])('$name', ({ text, patterns, want }) => {
    expect(found(text, patterns)).toEqual(want);
    expect(naiveFind(text, patterns).map((m) => [m.start, m.end, m.id])).toEqual(want);
  });

  test('several ids for one text: one match, first id by pattern order, all ids listed', () => {
    const matcher = buildMatcher([
      { text: '鏈長', id: 'b' },
      { text: '鏈', id: 'c' },
      { text: '鏈長', id: 'a' },
    ]);
    expect(matcher.find('鏈長制')).toEqual([{ start: 0, end: 2, id: 'b', ids: ['b', 'a'] }]);
  });
});

/** Every occurrence, by start, longest first: the reference for findAll. */
function naiveFindAll(text: string, patterns: readonly Pattern[]): [number, number, string][] {
  const all: [number, number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    const lengths = [...new Set(patterns.filter((p) => p.text && text.startsWith(p.text, i)).map((p) => p.text.length))].sort((a, b) => b - a);
    for (const length of lengths) all.push([i, i + length, patterns.find((p) => p.text.length === length && text.startsWith(p.text, i))!.id]);
  }
  return all.filter(([start]) => !(start > 0 && /[\uDC00-\uDFFF]/.test(text[start]) && /[\uD800-\uDBFF]/.test(text[start - 1])));
}

describe('findAll', () => {
  test.each([
    {
      name: 'a term and the terms nested in it',
      text: '騰籠換鳥，鳳凰涅槃',
      patterns: p('騰籠換鳥，鳳凰涅槃', '騰籠換鳥', '鳳凰涅槃'),
      want: [
        [0, 9, '騰籠換鳥，鳳凰涅槃'],
        [0, 4, '騰籠換鳥'],
        [5, 9, '鳳凰涅槃'],
      ],
    },
    {
      name: 'overlapping terms both found',
      text: '專精特新',
      patterns: p('精特新', '專精特'),
      want: [
        [0, 3, '專精特'],
        [1, 4, '精特新'],
      ],
    },
    {
      name: 'a suffix of a longer pattern',
      text: '發展新質生產力',
      patterns: p('新質生產力', '發展新質生產力', '生產力'),
      want: [
        [0, 7, '發展新質生產力'],
        [2, 7, '新質生產力'],
        [4, 7, '生產力'],
      ],
    },
    {
      name: 'astral characters',
      text: '甲𠀀𠀁乙',
      patterns: p('𠀀𠀁', '𠀁乙'),
      want: [
        [1, 5, '𠀀𠀁'],
        [3, 6, '𠀁乙'],
      ],
    },
    { name: 'nothing', text: '兩會', patterns: p('三會'), want: [] },
  ])('$name', ({ text, patterns, want }) => {
    expect(
      buildMatcher(patterns)
        .findAll(text)
        .map((m) => [m.start, m.end, m.id]),
    ).toEqual(want);
    expect(naiveFindAll(text, patterns)).toEqual(want);
  });

  test.each(Array.from({ length: 100 }, (_, i) => 500 + i))('same occurrences as the naive reference, seed %i', (seed) => {
    const random = prng(seed).int;
    const word = (max: number) => Array.from({ length: random(max + 1) }, () => ALPHABET[random(ALPHABET.length)]).join('');
    const patterns = Array.from({ length: 1 + random(25) }, (_, i) => ({ text: word(5), id: `t${i}` }));
    const text = word(120);
    expect(
      buildMatcher(patterns)
        .findAll(text)
        .map((m) => [m.start, m.end, m.id]),
    ).toEqual(naiveFindAll(text, patterns));
  });
});

describe('astral characters', () => {
  test.each([
    { name: 'a pattern of astral characters', text: '甲𠀀𠀁乙', patterns: p('𠀀𠀁'), want: [[1, 5, '𠀀𠀁']] },
    {
      name: 'astral and BMP mixed',
      text: '𠀀甲𠀀甲',
      patterns: p('甲𠀀', '𠀀'),
      want: [
        [0, 2, '𠀀'],
        [2, 5, '甲𠀀'],
      ],
    },
    { name: 'a lone low surrogate never matches half a pair', text: '𠀀中', patterns: p('\uDC00中'), want: [] },
    { name: 'a lone high surrogate never matches half a pair', text: '中𠀀', patterns: p('中\uD840'), want: [] },
    { name: 'a lone surrogate matches a lone surrogate', text: '中\uD840文', patterns: p('中\uD840'), want: [[0, 2, '中\uD840']] },
  ])('$name', ({ text, patterns, want }) => {
    expect(found(text, patterns)).toEqual(want);
  });
});

// Few characters, short patterns: prefixes, suffixes and overlaps on every line.
const ALPHABET = ['專', '精', '特', '新', '鏈', '𠀀'];

test.each(Array.from({ length: 300 }, (_, i) => 100 + i))('same matches as the naive reference, seed %i', (seed) => {
  const random = prng(seed).int;
  const word = (max: number) => Array.from({ length: random(max + 1) }, () => ALPHABET[random(ALPHABET.length)]).join('');
  const patterns = Array.from({ length: 1 + random(25) }, (_, i) => ({ text: word(5), id: `t${i}` }));
  const text = word(120);
  expect(buildMatcher(patterns).find(text)).toEqual(naiveFind(text, patterns));
});

test('10,000 patterns: each found in its own text, and a long text as the reference finds it', () => {
  const random = prng(7).int;
  const chars =
    '的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府研';
  const patterns = Array.from({ length: 10_000 }, (_, i) => ({
    text: Array.from({ length: 2 + random(5) }, () => chars[random(chars.length)]).join(''),
    id: `s${i}`,
  }));
  const matcher = buildMatcher(patterns);
  for (const { text } of patterns.slice(0, 500)) {
    expect(matcher.find(text)[0]).toMatchObject({ start: 0, end: text.length });
  }
  const text = patterns
    .slice(0, 200)
    .map((x) => x.text)
    .join('。');
  expect(matcher.find(text)).toEqual(naiveFind(text, patterns));
});
