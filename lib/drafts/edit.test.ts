import { describe, expect, test } from 'vitest';
import { canSplit, mergeWithNext, splitSegment, updateSegment } from './edit';
import { draftReleaseSchema, type DraftRelease } from './schema';

const draft = (): DraftRelease =>
  draftReleaseSchema.parse({
    slug: 'x',
    date: '',
    sourceScript: 'hant',
    sourceUrl: null,
    issuer: { zh: '', en: '' },
    title: { zh: '標題', en: '' },
    speakers: { 'speaker-1': { zh: '問', en: '' }, 'speaker-2': { zh: '總統', en: 'President' } },
    editorial: { note: '', repairs: [{ segment: 'a1', damaged: '?;鹬贡', restored: '停火止戰', reason: 'r' }] },
    segments: [
      { id: 'q1', kind: 'question', speaker: 'speaker-1', zh: '您如何看待？', en: '' },
      { id: 'a1', kind: 'answer', speaker: 'speaker-2', zh: '推動局勢降溫。停火止戰，保護平民。', en: '' },
      { id: 'a1-2', kind: 'answer', speaker: 'speaker-2', zh: '已有的。', en: '' },
      { id: 'a2', kind: 'paragraph', zh: '最後一段𠀋字。', en: 'Last.' },
    ],
    english: {
      official: {
        publisher: { zh: '府', en: 'Office' },
        url: 'https://example.org/',
        paragraphs: ['A', 'B'],
        links: [
          { zh: ['a1', 'a1-2'], en: [0] },
          { zh: ['a2'], en: [1] },
        ],
      },
    },
  });

describe('splitSegment', () => {
  test('splits at the caret: the head stays, the tail follows with the same kind and speaker, untranslated, under a fresh id', () => {
    const { draft: after, id } = splitSegment(draft(), 'a1', '推動局勢降溫。'.length);
    expect(id).toBe('a1-3'); // a1-2 is taken
    expect(after.segments.map((s) => s.id)).toEqual(['q1', 'a1', 'a1-3', 'a1-2', 'a2']);
    expect(after.segments[1]).toMatchObject({ zh: '推動局勢降溫。', kind: 'answer', speaker: 'speaker-2' });
    expect(after.segments[2]).toEqual({ id: 'a1-3', kind: 'answer', speaker: 'speaker-2', zh: '停火止戰，保護平民。', en: '' });
    // The repair's restored text went with the tail.
    expect(after.editorial.repairs[0].segment).toBe('a1-3');
    expect(draftReleaseSchema.safeParse(after).success).toBe(true);
  });

  test('a repair whose text stays in the head stays put; the original draft is not changed', () => {
    const before = draft();
    const { draft: after } = splitSegment(before, 'a1', '推動局勢降溫。停火止戰，'.length);
    expect(after.editorial.repairs[0].segment).toBe('a1');
    expect(before.segments).toHaveLength(4);
  });

  test.each([0, 1_000, '推動局勢降溫。停火止戰，保護平民。'.length])('a caret at %i leaves one side empty: nothing changes', (at) => {
    const before = draft();
    expect(splitSegment(before, 'a1', at)).toEqual({ draft: before, id: null });
  });

  test('a caret between the halves of a surrogate pair cuts after the character', () => {
    const zh = draft().segments[3].zh;
    const at = zh.indexOf('𠀋') + 1;
    expect(canSplit({ zh }, at)).toBe(true);
    const { draft: after } = splitSegment(draft(), 'a2', at);
    expect(after.segments.slice(-2).map((s) => s.zh)).toEqual(['最後一段𠀋', '字。']);
  });

  test('a heading keeps its level', () => {
    const heading = updateSegment(draft(), 'a2', { kind: 'heading', level: 2 });
    expect(
      splitSegment(heading, 'a2', 2)
        .draft.segments.slice(-2)
        .map((s) => s.level),
    ).toEqual([2, 2]);
  });
});

describe('mergeWithNext', () => {
  test('joins the texts under the first segment, and its repairs and official links follow', () => {
    const split = splitSegment(draft(), 'a1', '推動局勢降溫。'.length).draft;
    const { draft: merged, at } = mergeWithNext(split, 'a1');
    expect(at).toBe('推動局勢降溫。'.length);
    expect(merged.segments.map((s) => s.id)).toEqual(['q1', 'a1', 'a1-2', 'a2']);
    expect(merged.segments[1].zh).toBe('推動局勢降溫。停火止戰，保護平民。');
    expect(merged.editorial.repairs[0].segment).toBe('a1');
  });

  test('links naming both segments name the first once; English is joined with a space', () => {
    const { draft: merged } = mergeWithNext(draft(), 'a1');
    expect(merged.english.official?.links[0].zh).toEqual(['a1']);
    const last = mergeWithNext(updateSegment(draft(), 'a1-2', { zh: '已有的。' }), 'a1-2').draft;
    expect(last.segments.at(-1)).toMatchObject({ id: 'a1-2', zh: '已有的。最後一段𠀋字。', en: 'Last.' });
    expect(last.english.official?.links.map((l) => l.zh)).toEqual([['a1', 'a1-2'], ['a1-2']]);
  });

  test('the last segment has nothing to merge with', () => {
    const before = draft();
    expect(mergeWithNext(before, 'a2')).toEqual({ draft: before, at: null });
  });
});

describe('updateSegment', () => {
  test.each([
    ['text', { zh: '新的文字。' }, { zh: '新的文字。', kind: 'answer', speaker: 'speaker-2' }],
    ['a kind', { kind: 'paragraph' as const }, { kind: 'paragraph', speaker: 'speaker-2' }],
    ['a heading gets level 1', { kind: 'heading' as const }, { kind: 'heading', level: 1 }],
    ['a heading at level 3', { kind: 'heading' as const, level: 3 }, { kind: 'heading', level: 3 }],
  ])('%s', (_, change, expected) => {
    expect(updateSegment(draft(), 'a1', change).segments[1]).toMatchObject(expected);
  });

  test('a segment can lose its speaker', () => {
    const segment = updateSegment(draft(), 'a1', { speaker: undefined }).segments[1];
    expect(segment).toEqual({ id: 'a1', kind: 'answer', zh: '推動局勢降溫。停火止戰，保護平民。', en: '' });
  });

  test('a segment that stops being a heading loses its level', () => {
    const heading = updateSegment(draft(), 'a2', { kind: 'heading', level: 2 });
    expect(updateSegment(heading, 'a2', { kind: 'paragraph' }).segments[3].level).toBeUndefined();
  });

  test('an unknown speaker or segment is a programming error', () => {
    expect(() => updateSegment(draft(), 'a1', { speaker: 'nobody' })).toThrow(/no speaker/);
    expect(() => updateSegment(draft(), 'zz', { zh: 'x' })).toThrow(/no segment/);
  });
});
