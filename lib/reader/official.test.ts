import { describe, expect, test } from 'vitest';
import { officialGroups, officialTrack } from './official';

describe('officialGroups', () => {
  const ids = ['a', 'b', 'c', 'd'];

  test('keeps reviewed links and gives every unlinked segment and paragraph its own row, in order', () => {
    const groups = officialGroups(ids, 4, [
      { zh: ['a'], en: [0] },
      { zh: ['c', 'd'], en: [2] },
    ]);
    expect(groups).toEqual([
      { zh: ['a'], en: [0] },
      { zh: ['b'], en: [] },
      { zh: [], en: [1] },
      { zh: ['c', 'd'], en: [2] },
      { zh: [], en: [3] },
    ]);
    expect(groups.flatMap((g) => g.zh)).toEqual(ids);
    expect(groups.flatMap((g) => g.en)).toEqual([0, 1, 2, 3]);
  });

  test('drops links to segments or paragraphs that no longer exist', () => {
    expect(
      officialGroups(['a'], 1, [
        { zh: ['gone'], en: [7] },
        { zh: ['a'], en: [0] },
      ]),
    ).toEqual([{ zh: ['a'], en: [0] }]);
  });
});

test('officialTrack counts what the English leaves out, adds, and gives other figures for', () => {
  const segments = [
    { id: 'a', kind: 'lead', zh: '今年增长5.2%。' },
    { id: 'b', kind: 'paragraph', zh: '另有一句。' },
  ];
  const track = officialTrack(segments, {
    publisher: { zh: '政府', en: 'Government' },
    url: 'https://example.gov/en',
    title: null,
    paragraphs: ['Growth this year was 5.3%.', 'A translation of the remarks follows:'],
    links: [
      { zh: ['a'], en: [0] },
      { zh: ['b'], en: [] },
    ],
  });
  expect(track.gaps.omitted).toEqual(['b']);
  expect(track.gaps.added).toEqual([1]);
  expect(track.gaps.figures).toHaveLength(1);
  expect(track.gaps.beyond).toEqual([]);
});

test('officialTrack: links that stop before the release does leave the rest beyond the copy held, not left out', () => {
  const segments = ['a', 'b', 'c'].map((id) => ({ id, kind: 'paragraph', zh: '一句。' }));
  const track = officialTrack(segments, {
    publisher: { zh: '政府', en: 'Government' },
    url: 'https://example.gov/en',
    title: null,
    paragraphs: ['One.'],
    links: [{ zh: ['a'], en: [0] }],
  });
  expect(track.gaps).toMatchObject({ omitted: [], added: [], beyond: ['b', 'c'] });
  // Each still has its row.
  expect(track.groups.flatMap((g) => g.zh)).toEqual(['a', 'b', 'c']);
});
