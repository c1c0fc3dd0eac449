import { describe, expect, test } from 'vitest';
import { alignmentProblems } from '../align/edit';
import { alignmentSegments, linkView, officialText, officialView, TITLE_SEGMENT, toOfficial } from './official';

const release = {
  title: { zh: '銀線灣泳灘懸掛紅旗', en: 'Red flags hoisted' },
  segments: [
    { id: 'lead', kind: 'lead' as const, zh: '電台及電視台當值宣布員注意：', en: '' },
    { id: 'p-2', kind: 'paragraph' as const, zh: '康樂及文化事務署今日（一月二十二日）宣布，已懸掛紅旗。', en: '' },
  ],
};
const paragraphs = ['Red flags hoisted', 'Attention TV/radio announcers:', 'Here is an item.', 'The department announced today (January 22) that red flags have been hoisted.'];
const meta = { publisher: { zh: '政府新聞處', en: 'Information Services Department' }, url: 'https://www.info.gov.hk/gia/general/202601/22/P2026012200177.htm' };

describe('alignmentSegments', () => {
  test('the headline first, under an id no segment can have', () => {
    const segments = alignmentSegments(release);
    expect(segments.map((s) => s.id)).toEqual([TITLE_SEGMENT, 'lead', 'p-2']);
    expect(segments[0]).toEqual({ id: '#title', kind: 'title', zh: '銀線灣泳灘懸掛紅旗' });
  });
});

describe('toOfficial', () => {
  test("the headline's link gives the title; its paragraph leaves the list and the rest are renumbered", () => {
    const links = [
      { zh: [TITLE_SEGMENT], en: [0] },
      { zh: ['lead'], en: [1] },
      { zh: ['p-2'], en: [2, 3] },
    ];
    const official = toOfficial(links, paragraphs, meta);
    expect(official).toEqual({
      ...meta,
      title: 'Red flags hoisted',
      paragraphs: paragraphs.slice(1),
      links: [
        { zh: ['lead'], en: [0] },
        { zh: ['p-2'], en: [1, 2] },
      ],
    });
    expect(alignmentProblems(official.links, ['lead', 'p-2'], 3)).toEqual([]);
  });

  test('a headline with no English leaves no title and no link; English before it stays', () => {
    const links = [
      { zh: [], en: [0] },
      { zh: [TITLE_SEGMENT], en: [] },
      { zh: ['lead'], en: [1] },
      { zh: ['p-2'], en: [2, 3] },
    ];
    const official = toOfficial(links, paragraphs, meta);
    expect(official.title).toBeUndefined();
    expect(official.paragraphs).toEqual(paragraphs);
    expect(official.links).toEqual([
      { zh: [], en: [0] },
      { zh: ['lead'], en: [1] },
      { zh: ['p-2'], en: [2, 3] },
    ]);
  });

  test('a headline merged with the lead drops out of the link, which keeps its English', () => {
    const official = toOfficial(
      [
        { zh: [TITLE_SEGMENT, 'lead'], en: [0, 1] },
        { zh: ['p-2'], en: [2, 3] },
      ],
      paragraphs,
      meta,
    );
    expect(official.title).toBeUndefined();
    expect(official.links).toEqual([
      { zh: ['lead'], en: [0, 1] },
      { zh: ['p-2'], en: [2, 3] },
    ]);
  });

  test('a headline of two paragraphs is one title', () => {
    const official = toOfficial(
      [
        { zh: [TITLE_SEGMENT], en: [0, 1] },
        { zh: ['lead', 'p-2'], en: [2, 3] },
      ],
      paragraphs,
      meta,
    );
    expect(official.title).toBe('Red flags hoisted Attention TV/radio announcers:');
    expect(official.links).toEqual([{ zh: ['lead', 'p-2'], en: [0, 1] }]);
    expect(officialText(official)).toBe(['Red flags hoisted Attention TV/radio announcers:', ...paragraphs.slice(2)].join('\n'));
  });
});

describe('views', () => {
  test('a link view has both texts, its kind and its confidence', () => {
    const text = new Map(release.segments.map((s) => [s.id, s.zh]));
    expect(linkView({ zh: ['lead', 'p-2'], en: [1], confidence: 0.42 }, text, paragraphs)).toEqual({
      zh: ['lead', 'p-2'],
      zhText: `${release.segments[0].zh}\n${release.segments[1].zh}`,
      en: [1],
      enText: 'Attention TV/radio announcers:',
      kind: '2-1',
      confidence: 0.42,
    });
  });

  test('an official view lists the gaps: omitted Chinese, added English, figures that disagree', () => {
    const view = officialView(
      {
        ...meta,
        title: 'Red flags hoisted',
        paragraphs: ['Attention TV/radio announcers:', 'Here is an item.', 'Announced today (January 23).'],
        links: [
          { zh: ['lead'], en: [] },
          { zh: [], en: [0, 1] },
          { zh: ['p-2'], en: [2] },
        ],
      },
      release.segments,
    );
    expect(view.links.map((l) => [l.kind, l.confidence])).toEqual([
      ['1-0', null],
      ['0-2', null],
      ['1-1', null],
    ]);
    expect(view.gaps.omitted).toEqual(['lead']);
    expect(view.gaps.added).toEqual([0, 1]);
    expect(view.gaps.figures).toHaveLength(1);
    expect(view.gaps.figures[0]).toMatchObject({ link: 2, zh: ['p-2'], issues: [{ kind: 'changed' }] });
  });
});
