// The aligner on real pairs: the ten Hong Kong pairs of ../shared/corpus (skipped, in one line,
// where that folder is absent) and the pairs committed as fixtures. Every original pair must align
// with every link right; so must each pair with its middle English paragraph removed and with its
// middle two merged. Over every position of a removal or a merge, precision and recall must stay
// at the level the bench reports (bench/align.ts prints them per pair).
import { describe, expect, test } from 'vitest';
import { alignRelease } from '@/lib/align';
import { cedictDictionary } from '@/lib/align/cedict-dictionary';
import { addScores, mergeParagraphs, missed, precision, recall, removeParagraph, removeSegment, score, type Pair } from '@/lib/align/evaluate';
import { CORPUS_DIR, corpusPairs, corpusPresent, fixturePairs, positions, segmentsOf, type NamedPair } from './pairs';

// As the CLI aligns: with CC-CEDICT's glosses as lexical evidence.
const dictionary = cedictDictionary();
const alignPair = (pair: Pair) => alignRelease(segmentsOf(pair.zh), pair.en, { dictionary });
const align = (pair: Pair) => positions(alignPair(pair));

function expectRight(pair: Pair) {
  const predicted = align(pair);
  expect(missed(predicted, pair.gold), 'gold links the aligner missed').toEqual([]);
  expect(predicted).toHaveLength(pair.gold.length);
}

const middle = (pair: Pair) => Math.floor(pair.en.length / 2);

function degraded(pairs: NamedPair[], what: 'removed' | 'merged', degrade: (pair: Pair) => Pair) {
  for (const pair of pairs)
    test(`${pair.name}: right with its middle English ${what === 'removed' ? 'paragraph removed' : 'two paragraphs merged'}`, () => expectRight(degrade(pair)));
}

function suite(pairs: NamedPair[]) {
  test.each(pairs.map((p) => [p.name, p] as const))('%s: every link right', (_, pair) => expectRight(pair));
  degraded(pairs, 'removed', (pair) => removeParagraph(pair, middle(pair)));
  degraded(pairs, 'merged', (pair) => mergeParagraphs(pair, middle(pair) - 1));
}

function everyPosition(pairs: NamedPair[], degrade: (pair: Pair, k: number) => Pair, count: (pair: Pair) => number) {
  return addScores(pairs.flatMap((pair) => Array.from({ length: count(pair) }, (_, k) => degrade(pair, k)).map((d) => score(align(d), d.gold))));
}

if (!corpusPresent) console.info(`align: ${CORPUS_DIR} is absent, so the Hong Kong pairs are skipped`);

describe.skipIf(!corpusPresent)('Hong Kong pairs', () => {
  const pairs = corpusPairs();
  test('all ten are there', () => expect(pairs).toHaveLength(10));
  suite(pairs);

  test('one Chinese segment to two English paragraphs (red_flags_beaches)', () => {
    const links = alignPair(pairs.find((p) => p.name.endsWith('red_flags_beaches'))!);
    expect(links.at(-1)).toMatchObject({ zh: ['zh4'], en: [3, 4], kind: '1-2' });
  });

  test('a heading merged with its paragraph is two segments to one (cpi_dec2025, Commentary)', () => {
    const pair = pairs.find((p) => p.name.endsWith('cpi_dec2025'))!;
    const merged = mergeParagraphs(pair, 9);
    expect(merged.en[9]).toMatch(/^Commentary A Government spokesman/);
    const links = alignRelease(segmentsOf(merged.zh), merged.en, { dictionary });
    expect(links.find((l) => l.en.includes(9))).toMatchObject({ zh: ['zh10', 'zh11'], kind: '2-1' });
  });

  test('a passage the English leaves out is an omission (lcq1_digital_education)', () => {
    const pair = pairs.find((p) => p.name.endsWith('lcq1_digital_education'))!;
    const links = alignRelease(segmentsOf(pair.zh), removeParagraph(pair, 16).en, { dictionary });
    expect(links.find((l) => l.zh.includes('zh17'))).toMatchObject({ en: [], kind: '1-0' });
    expectRight(removeParagraph(pair, 16));
  });

  test('English the Chinese lacks is an addition (hkma_taxonomy_2a without its "issued on behalf" line)', () => {
    const pair = pairs.find((p) => p.name.endsWith('hkma_taxonomy_2a'))!;
    const added = removeSegment(pair, 1);
    const links = alignRelease(segmentsOf(added.zh), added.en, { dictionary });
    expect(links[1]).toMatchObject({ zh: [], en: [1], kind: '0-1' });
    expectRight(added);
  });

  test('figures, numbered points and Latin tokens anchor the links (smart_traffic_fund)', () => {
    const pair = pairs.find((p) => p.name.endsWith('smart_traffic_fund'))!;
    const links = alignRelease(segmentsOf(pair.zh), pair.en, { dictionary });
    expect(links[1].anchors).toEqual(
      expect.arrayContaining([expect.objectContaining({ en: '23rd' }), expect.objectContaining({ en: '24.4 million' }), expect.objectContaining({ en: 'January 22' })]),
    );
    expect(links[4].anchors).toContainEqual({ kind: 'marker', zh: '（二）', en: '(2)' });
    expect(links[7].anchors).toContainEqual({ kind: 'token', zh: 'stf', en: 'stf' });
  });

  test.each([
    ['removed', (p: Pair, k: number) => removeParagraph(p, k), (p: Pair) => p.en.length, 0.97],
    ['merged', (p: Pair, k: number) => mergeParagraphs(p, k), (p: Pair) => p.en.length - 1, 0.98],
  ] as const)(
    'every position of one English paragraph %s: precision and recall',
    (_, degrade, count, floor) => {
      const total = everyPosition(pairs, degrade, count);
      expect(precision(total)).toBeGreaterThanOrEqual(floor);
      expect(recall(total)).toBeGreaterThanOrEqual(floor);
      // About a hundred alignments: some 15 s on a quiet 2-core machine.
    },
    120_000,
  );
});

describe('pairs from other sources (tests/fixtures/align)', () => {
  const pairs = fixturePairs();
  test('a mainland press conference, a Taiwan interview, statement and meeting', () =>
    expect(pairs.map((p) => p.name)).toEqual([
      'mfa-2024-06-17-presscon',
      'tw-president-2019-11-14-izumi',
      'tw-president-2021-09-25-japan-vaccines',
      'tw-president-2024-06-13-time',
    ]));

  test('an added line: "A translation of the president\'s remarks follows:" (Taiwan, Izumi)', () => {
    const links = alignPair(pairs.find((p) => p.name === 'tw-president-2019-11-14-izumi')!);
    expect(links[3]).toMatchObject({ zh: [], en: [3], kind: '0-1' });
  });

  test('figures in other units anchor the links (Taiwan, vaccines: 50萬劑 ↔ 500,000, 124萬 ↔ 1.24 million)', () => {
    const links = alignPair(pairs.find((p) => p.name === 'tw-president-2021-09-25-japan-vaccines')!);
    expect(links[2].anchors).toEqual(expect.arrayContaining([expect.objectContaining({ en: '500,000' }), expect.objectContaining({ en: '3.9 million' })]));
    expect(links[3].anchors).toEqual(expect.arrayContaining([expect.objectContaining({ en: '1.24 million' }), expect.objectContaining({ en: '10,000' })]));
  });
  suite(pairs);

  test('an ROC date line, names in characters and a split answer (Taiwan, Time interview)', () => {
    const pair = pairs.find((p) => p.name === 'tw-president-2024-06-13-time')!;
    const links = alignRelease(segmentsOf(pair.zh), pair.en, { dictionary });
    expect(links[1].anchors).toEqual(expect.arrayContaining([{ kind: 'figure', zh: '2024', en: '2024-06-13' }]));
    expect(links.at(-1)).toMatchObject({ zh: ['zh8'], en: [7, 8], kind: '1-2' });
    expect(links.at(-1)!.anchors).toContainEqual({ kind: 'name', zh: '卓榮泰', en: '卓榮泰' });
  });
});
