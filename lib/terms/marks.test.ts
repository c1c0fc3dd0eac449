import { describe, expect, test } from 'vitest';
import type { Substitution } from '@/lib/core/text';
import { groupByTerm, markSegment, type Piece, type TermMatch } from './marks';
import { prng } from '@/tests/support/prng';

const sub = (text: string, localized: string, original: string, from = 0): Substitution => ({
  original,
  localized,
  offset: text.indexOf(localized, from),
});
const term = (text: string, word: string, key: string, from = 0): TermMatch => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, key };
};

describe('markSegment', () => {
  const text = '推動新一代資訊科技產業發展';
  test.each([
    { name: 'no layers: the whole text', terms: [], subs: [], want: [{ text }] },
    {
      name: 'a substitution inside a term',
      terms: [term(text, '新一代資訊科技', 'x')],
      subs: [sub(text, '資訊科技', '信息技術')],
      want: [{ text: '推動' }, { text: '新一代', term: 'x', match: 0 }, { text: '資訊科技', term: 'x', match: 0, original: '信息技術' }, { text: '產業發展' }],
    },
    {
      name: 'a substitution crossing a term boundary is split, both halves keep the original',
      terms: [term(text, '新一代資訊', 'x'), term(text, '科技產業', 'y')],
      subs: [sub(text, '資訊科技', '信息技術')],
      want: [
        { text: '推動' },
        { text: '新一代', term: 'x', match: 0 },
        { text: '資訊', term: 'x', match: 0, original: '信息技術' },
        { text: '科技', term: 'y', match: 1, original: '信息技術' },
        { text: '產業', term: 'y', match: 1 },
        { text: '發展' },
      ],
    },
    {
      name: 'a term inside a substitution',
      terms: [term(text, '訊科', 'x')],
      subs: [sub(text, '資訊科技', '信息技術')],
      want: [
        { text: '推動新一代' },
        { text: '資', original: '信息技術' },
        { text: '訊科', term: 'x', match: 0, original: '信息技術' },
        { text: '技', original: '信息技術' },
        { text: '產業發展' },
      ],
    },
    {
      name: 'matches given out of order come out in text order',
      terms: [term(text, '發展', 'b'), term(text, '推動', 'a')],
      subs: [],
      want: [{ text: '推動', term: 'a', match: 0 }, { text: '新一代資訊科技產業' }, { text: '發展', term: 'b', match: 1 }],
    },
  ])('$name', ({ terms, subs, want }) => {
    expect(markSegment(text, terms, subs)).toEqual(want);
  });

  test.each([
    {
      name: 'overlapping terms',
      terms: [
        { start: 0, end: 3, key: 'a' },
        { start: 2, end: 4, key: 'b' },
      ],
      subs: [],
    },
    { name: 'a term past the end', terms: [{ start: 10, end: 99, key: 'a' }], subs: [] },
    { name: 'an empty term', terms: [{ start: 2, end: 2, key: 'a' }], subs: [] },
    { name: 'a substitution that is not in the text', terms: [], subs: [{ original: '信息', localized: '資訊', offset: 0 }] },
  ])('refuses $name', ({ terms, subs }) => {
    expect(() => markSegment(text, terms, subs)).toThrow();
  });
});

describe('groupByTerm', () => {
  test('one run per term match, even for adjacent matches of one term', () => {
    const text = '專精特新專精特新企業';
    const pieces = markSegment(
      text,
      [
        { start: 0, end: 4, key: 'z' },
        { start: 4, end: 8, key: 'z' },
      ],
      [],
    );
    expect(groupByTerm(pieces)).toEqual([
      { term: 'z', pieces: [{ text: '專精特新', term: 'z', match: 0 }] },
      { term: 'z', pieces: [{ text: '專精特新', term: 'z', match: 1 }] },
      { pieces: [{ text: '企業' }] },
    ]);
  });

  test('a term split by a substitution is still one run; plain pieces around it join one run', () => {
    const text = '推動資訊科技產業';
    const pieces = markSegment(text, [{ start: 0, end: 4, key: 'x' }], [sub(text, '資訊科技', '信息技術')]);
    expect(groupByTerm(pieces).map((r) => [r.term, r.pieces.map((p) => p.text)])).toEqual([
      ['x', ['推動', '資訊']],
      [undefined, ['科技', '產業']],
    ]);
  });
});

// Random segments with random non-overlapping terms and substitutions overlapping them at will.
function randomCase(seed: number) {
  const random = prng(seed).int;
  const chars = ['專', '精', '特', '新', '資', '訊', '科', '技', '𠀀'];
  const text = Array.from({ length: random(60) }, () => chars[random(chars.length)]).join('');
  const ranges = (count: number) => {
    const cuts = [...new Set(Array.from({ length: 2 * count }, () => random(text.length + 1)))].sort((a, b) => a - b);
    const out: [number, number][] = [];
    for (let i = 0; i + 1 < cuts.length; i += 2) if (random(3)) out.push([cuts[i], cuts[i + 1]]);
    return out;
  };
  const terms = ranges(random(6)).map(([start, end]) => ({ start, end, key: `k${random(3)}` }));
  const subs = ranges(random(6)).map(([start, end]) => ({ original: `o${start}`, localized: text.slice(start, end), offset: start }));
  return { text, terms, subs };
}

const covering = (pieces: Piece[], start: number, end: number) => {
  let at = 0;
  return pieces.filter((p) => {
    const inside = at >= start && at + p.text.length <= end;
    at += p.text.length;
    return inside;
  });
};

test.each(Array.from({ length: 300 }, (_, i) => 500 + i))('invariants on random layers, seed %i', (seed) => {
  const { text, terms, subs } = randomCase(seed);
  const pieces = markSegment(text, terms, subs);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
  expect(pieces.every((p) => p.text.length > 0)).toBe(true);
  const sorted = [...terms].sort((a, b) => a.start - b.start);
  sorted.forEach((m, i) => {
    const run = pieces.filter((p) => p.match === i);
    expect(run.map((p) => p.text).join('')).toBe(text.slice(m.start, m.end));
    expect(covering(pieces, m.start, m.end)).toEqual(run);
    expect(run.every((p) => p.term === m.key)).toBe(true);
  });
  expect(pieces.filter((p) => p.term !== undefined).length).toBe(pieces.filter((p) => p.match !== undefined).length);
  expect(
    pieces
      .filter((p) => p.term)
      .map((p) => p.text)
      .join(''),
  ).toBe(sorted.map((m) => text.slice(m.start, m.end)).join(''));
  for (const s of subs) {
    const inside = covering(pieces, s.offset, s.offset + s.localized.length);
    expect(inside.map((p) => p.text).join('')).toBe(s.localized);
    expect(inside.every((p) => p.original === s.original)).toBe(true);
  }
  expect(
    pieces
      .filter((p) => p.original)
      .map((p) => p.text)
      .join(''),
  ).toBe(subs.map((s) => s.localized).join(''));

  const runs = groupByTerm(pieces);
  expect(runs.flatMap((r) => r.pieces)).toEqual(pieces);
  expect(runs.filter((r) => r.term !== undefined)).toHaveLength(terms.length);
  for (const r of runs) expect(new Set(r.pieces.map((p) => p.match)).size).toBe(1);
  for (let i = 1; i < runs.length; i++) expect(runs[i].term === undefined && runs[i - 1].term === undefined).toBe(false);
});
