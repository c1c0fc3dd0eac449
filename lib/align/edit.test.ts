import { describe, expect, test } from 'vitest';
import { prng } from '../../tests/support/prng';
import { alignmentProblems, applyEdit, applyEdits, linkKind, LinkEditError, splitPoint, type EditableLink, type LinkEdit } from './edit';

const SEGMENTS = ['title', 'lead', 'p-2', 'p-3'];
const link = (zh: string[], en: number[], confidence: number | null = 0.9, accepted = false): EditableLink => ({ zh, en, confidence, accepted });
// title–0, lead–1 2 (1-2), p-2–∅ (1-0), ∅–3 (0-1), p-3–4
const LINKS: EditableLink[] = [link(['title'], [0]), link(['lead'], [1, 2], 0.4), link(['p-2'], []), link([], [3]), link(['p-3'], [4])];
const shape = (links: EditableLink[]) => links.map((l) => `${l.zh.join('+') || '∅'}:${l.en.join('+') || '∅'}`);

describe('applyEdit', () => {
  test.each<[string, LinkEdit, string[], number]>([
    ['move the first English paragraph to the previous link', { op: 'move', link: 1, side: 'en', to: 'previous' }, ['title:0+1', 'lead:2', 'p-2:∅', '∅:3', 'p-3:4'], 1],
    ['move the last English paragraph to the next link', { op: 'move', link: 1, side: 'en', to: 'next' }, ['title:0', 'lead:1', 'p-2:2', '∅:3', 'p-3:4'], 1],
    [
      'a link that gives away its only item goes; the focus follows the item back',
      { op: 'move', link: 3, side: 'en', to: 'previous' },
      ['title:0', 'lead:1+2', 'p-2:3', 'p-3:4'],
      2,
    ],
    ['… or stays where the next link now stands', { op: 'move', link: 3, side: 'en', to: 'next' }, ['title:0', 'lead:1+2', 'p-2:∅', 'p-3:3+4'], 3],
    ['move a Chinese segment to the next link', { op: 'move', link: 1, side: 'zh', to: 'next' }, ['title:0', '∅:1+2', 'lead+p-2:∅', '∅:3', 'p-3:4'], 1],
    ['move a Chinese segment to the previous link', { op: 'move', link: 2, side: 'zh', to: 'previous' }, ['title:0', 'lead+p-2:1+2', '∅:3', 'p-3:4'], 1],
    ['merge with the next link', { op: 'merge', link: 2 }, ['title:0', 'lead:1+2', 'p-2:3', 'p-3:4'], 2],
    ['split a 1-2 link at its default point', { op: 'split', link: 1 }, ['title:0', 'lead:1', '∅:2', 'p-2:∅', '∅:3', 'p-3:4'], 1],
    ['split a 1-1 link into 1-0 and 0-1', { op: 'split', link: 0 }, ['title:∅', '∅:0', 'lead:1+2', 'p-2:∅', '∅:3', 'p-3:4'], 0],
    ['split at a named point', { op: 'split', link: 1, zh: 0, en: 1 }, ['title:0', '∅:1', 'lead:2', 'p-2:∅', '∅:3', 'p-3:4'], 1],
  ])('%s', (_, edit, expected, focus) => {
    const result = applyEdit(LINKS, edit);
    expect(shape(result.links)).toEqual(expected);
    expect(result.focus).toBe(focus);
    expect(alignmentProblems(result.links, SEGMENTS, 5)).toEqual([]);
  });

  test('a reshaped link loses its machine confidence and waits for acceptance; the others keep theirs', () => {
    const accepted = LINKS.map((l) => ({ ...l, accepted: true }));
    const { links } = applyEdit(accepted, { op: 'move', link: 1, side: 'en', to: 'previous' });
    expect(links.slice(0, 2).map((l) => [l.confidence, l.accepted])).toEqual([
      [null, false],
      [null, false],
    ]);
    expect(links.slice(2).every((l, i) => l.accepted && l.confidence === accepted[i + 2].confidence)).toBe(true);
  });

  test('accept and withdraw acceptance; accept every link', () => {
    const once = applyEdit(LINKS, { op: 'accept', link: 1 });
    expect(once.links.map((l) => l.accepted)).toEqual([false, true, false, false, false]);
    expect(once.links[1].confidence).toBe(0.4);
    expect(applyEdit(once.links, { op: 'accept', link: 1, accepted: false }).links[1].accepted).toBe(false);
    expect(applyEdit(LINKS, { op: 'acceptAll' }).links.every((l) => l.accepted)).toBe(true);
  });

  test('edits never change their input', () => {
    const before = JSON.stringify(LINKS);
    for (const edit of [{ op: 'merge', link: 0 }, { op: 'split', link: 1 }, { op: 'move', link: 1, side: 'en', to: 'next' }, { op: 'acceptAll' }] as LinkEdit[])
      applyEdit(LINKS, edit);
    expect(JSON.stringify(LINKS)).toBe(before);
  });

  test.each<[string, LinkEdit, RegExp]>([
    ['no such link', { op: 'accept', link: 5 }, /no link 6/],
    ['nothing before the first link', { op: 'move', link: 0, side: 'en', to: 'previous' }, /no previous link/],
    ['nothing after the last link', { op: 'move', link: 4, side: 'zh', to: 'next' }, /no next link/],
    ['no English to move', { op: 'move', link: 2, side: 'en', to: 'next' }, /no English paragraph to move/],
    ['no Chinese to move', { op: 'move', link: 3, side: 'zh', to: 'previous' }, /no Chinese segment to move/],
    ['merging the last link', { op: 'merge', link: 4 }, /the last/],
    ['splitting a single item', { op: 'split', link: 2 }, /one part would be empty/],
    ['a split point beyond the link', { op: 'split', link: 1, zh: 2 }, /cannot be cut/],
    ['a split with an empty part', { op: 'split', link: 1, zh: 1, en: 2 }, /one part would be empty/],
  ])('refused: %s', (_, edit, message) => {
    expect(() => applyEdit(LINKS, edit)).toThrow(LinkEditError);
    expect(() => applyEdit(LINKS, edit)).toThrow(message);
  });
});

describe('splitPoint and linkKind', () => {
  test.each([
    [['a', 'b'], [0, 1], { zh: 1, en: 1 }],
    [['a', 'b'], [0], { zh: 1, en: 1 }],
    [['a'], [0, 1], { zh: 1, en: 1 }],
    [['a'], [0], { zh: 1, en: 0 }],
    [['a', 'b', 'c'], [], { zh: 1, en: 0 }],
    [[], [0, 1], { zh: 0, en: 1 }],
  ])('%j / %j → %j', (zh, en, point) => {
    expect(splitPoint({ zh, en })).toEqual(point);
  });

  test('kinds are Chinese count, then English count', () => {
    expect([link(['a'], [0, 1]), link(['a', 'b', 'c'], [0, 1]), link([], [0])].map(linkKind)).toEqual(['1-2', '3-2', '0-1']);
  });
});

describe('alignmentProblems', () => {
  test.each([
    ['a segment twice', [link(['title'], [0]), link(['title', 'lead'], [1])], /not every segment once in order/],
    ['segments out of order', [link(['lead'], [0]), link(['title'], [1])], /not every segment once in order/],
    ['a segment missing', [link(['title'], [0, 1])], /not every segment once in order/],
    ['a paragraph missing', [link(['title'], [0]), link(['lead'], [])], /not paragraphs 1–2 once in order/],
    ['paragraphs out of order', [link(['title'], [1]), link(['lead'], [0])], /not paragraphs 1–2/],
    ['an empty link', [link(['title'], [0]), link([], []), link(['lead'], [1])], /link 2 is empty/],
  ])('%s', (_, links, message) => {
    expect(alignmentProblems(links, ['title', 'lead'], 2).join('; ')).toMatch(message);
  });

  test('applyEdits refuses links that break the invariant, and applies a batch all or none', () => {
    expect(() => applyEdits([link(['title'], [0])], [], ['title', 'lead'], 1)).toThrow(/not every segment/);
    expect(() => applyEdits(LINKS, [{ op: 'acceptAll' }, { op: 'merge', link: 9 }], SEGMENTS, 5)).toThrow(LinkEditError);
    const { links, focus } = applyEdits(
      LINKS,
      [
        { op: 'merge', link: 2 },
        { op: 'accept', link: 2 },
      ],
      SEGMENTS,
      5,
    );
    expect(shape(links)).toEqual(['title:0', 'lead:1+2', 'p-2:3', 'p-3:4']);
    expect([links[2].accepted, focus]).toEqual([true, 2]);
  });
});

describe('the invariant under random edits', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: 200 random edits, every result an alignment', (seed) => {
    const random = prng(seed);
    const segments = Array.from({ length: 6 }, (_, i) => `s${i}`);
    let links: EditableLink[] = segments.map((id, i) => link([id], [i]));
    let applied = 0;
    for (let step = 0; step < 200; step++) {
      const i = random.int(links.length);
      const edit = random.pick<LinkEdit>([
        { op: 'move', link: i, side: random.pick(['zh', 'en'] as const), to: random.pick(['previous', 'next'] as const) },
        { op: 'merge', link: i },
        { op: 'split', link: i },
        { op: 'split', link: i, zh: random.int(4), en: random.int(4) },
        { op: 'accept', link: i },
      ]);
      // applyEdit itself, not applyEdits: its own check would hide a broken result as a refusal.
      try {
        links = applyEdit(links, edit).links;
        applied++;
      } catch (error) {
        expect(error).toBeInstanceOf(LinkEditError);
      }
      expect(alignmentProblems(links, segments, 6)).toEqual([]);
    }
    expect(applied).toBeGreaterThan(50);
  });
});
