import { describe, expect, test } from 'vitest';
import { alignRelease } from './align';
import { cedictDictionary } from './cedict-dictionary';
import { AlignInputError } from './schema';

// Made-up text shaped like a release: a title, a dated lead, a figure paragraph, a closing line.
const zh = [
  { id: 'title', kind: 'title', zh: '智慧交通基金批出四個項目' },
  { id: 'lead', kind: 'lead', zh: '運輸署今日（一月二十二日）公布，管理委員會已批出第二十三批共四個項目，涉及總資助金額約二千四百四十萬元。' },
  { id: 'p-2', kind: 'paragraph', zh: '項目詳情已上載至基金網頁（www.stf.hkpc.org）。' },
  { id: 'p-3', kind: 'paragraph', zh: '如有查詢，可致電2788 5536與基金秘書處聯絡。' },
];
const en = [
  'Smart Traffic Fund approves four projects',
  'The Transport Department today (January 22) announced that the 23rd batch, involving four projects, has been approved by the Management Committee, with a total grant of around $24.4 million.',
  "Details of the projects are available on the Fund's website (www.stf.hkpc.org).",
  'For enquiries, please contact the Secretariat of the Fund on 2788 5536.',
];

describe('alignRelease', () => {
  test('one to one, with the anchors both sides share', () => {
    const links = alignRelease(zh, en);
    expect(links.map((l) => [l.zh, l.en, l.kind])).toEqual([
      [['title'], [0], '1-1'],
      [['lead'], [1], '1-1'],
      [['p-2'], [2], '1-1'],
      [['p-3'], [3], '1-1'],
    ]);
    expect(links[1].anchors).toEqual(
      expect.arrayContaining([
        { kind: 'figure', zh: '1月22日', en: 'January 22' },
        { kind: 'figure', zh: '第23', en: '23rd' },
        { kind: 'figure', zh: '24400000', en: '24.4 million' },
      ]),
    );
    for (const l of links) expect(l.confidence).toBeGreaterThan(0.5);
  });

  test('a paragraph the English leaves out is an omission', () => {
    const links = alignRelease(zh, [en[0], en[1], en[3]]);
    expect(links.map((l) => [l.zh, l.en, l.kind])).toEqual([
      [['title'], [0], '1-1'],
      [['lead'], [1], '1-1'],
      [['p-2'], [], '1-0'],
      [['p-3'], [2], '1-1'],
    ]);
  });

  test('English with no Chinese is an addition', () => {
    const links = alignRelease(zh, [en[0], 'A translation of the announcement follows:', ...en.slice(1)]);
    expect(links.map((l) => l.kind)).toEqual(['1-1', '0-1', '1-1', '1-1', '1-1']);
    expect(links[1].en).toEqual([1]);
  });

  test('two English paragraphs for one segment, and one for two', () => {
    const split = [en[0], en[1].replace(', with', '. The grant is'), ...en.slice(2)];
    const [first, second] = split[1].split('. The grant');
    expect(alignRelease(zh, [split[0], first + '.', 'The grant' + second, ...split.slice(2)]).map((l) => l.kind)).toEqual(['1-1', '1-2', '1-1', '1-1']);
    expect(alignRelease(zh, [en[0], en[1], `${en[2]} ${en[3]}`]).map((l) => [l.zh, l.kind])).toEqual([
      [['title'], '1-1'],
      [['lead'], '1-1'],
      [['p-2', 'p-3'], '2-1'],
    ]);
  });

  test('deterministic', () => expect(alignRelease(zh, en)).toEqual(alignRelease(zh, en)));

  test('empty sides', () => {
    expect(alignRelease([], [])).toEqual([]);
    expect(alignRelease(zh.slice(0, 1), []).map((l) => l.kind)).toEqual(['1-0']);
    expect(alignRelease([], en.slice(0, 1)).map((l) => l.kind)).toEqual(['0-1']);
  });

  test.each([
    [[{ id: '', kind: 'paragraph', zh: '甲' }], [], /id/],
    [
      [
        { id: 'a', kind: 'paragraph', zh: '甲' },
        { id: 'a', kind: 'paragraph', zh: '乙' },
      ],
      [],
      /duplicate segment id "a"/,
    ],
    [[], ['  '], /English paragraph is empty/],
    [[{ id: 'a', kind: 'paragraph' }], [], /zhSegments\.0\.zh/],
  ])('refuses bad input (%#)', (segments, paragraphs, message) => {
    expect(() => alignRelease(segments as never, paragraphs)).toThrow(AlignInputError);
    expect(() => alignRelease(segments as never, paragraphs)).toThrow(message);
  });

  test('refuses a glossary entry without renderings', () => expect(() => alignRelease(zh, en, { glossary: [{ zh: ['基金'], en: [] }] })).toThrow(/glossary\.0\.en/));

  test('a glossary rendering anchors a link', () => {
    const links = alignRelease(zh, en, { glossary: [{ zh: ['秘書處'], en: ['Secretariat'] }] });
    expect(links[3].anchors).toContainEqual({ kind: 'term', zh: '秘書處', en: 'Secretariat' });
  });
});

// Made-up text in the manner of a health release: short paragraphs, the same words in several.
describe('omissions and merges (with CC-CEDICT)', () => {
  const dictionary = cedictDictionary();
  const release = [
    { id: 'title', kind: 'title', zh: '天氣寒冷市民應注意健康' },
    { id: 'lead', kind: 'paragraph', zh: '衞生防護中心今日表示，由於天氣寒冷，長者、長期病患者和嬰幼兒應採取適當措施，保障健康。' },
    { id: 'elderly', kind: 'paragraph', zh: '長者應穿着足夠衣物保暖，並留意天氣報告。' },
    { id: 'unwell', kind: 'paragraph', zh: '如感到不適，應盡早求醫。' },
    { id: 'infants', kind: 'paragraph', zh: '家長應確保嬰幼兒穿着足夠衣物保暖，但宜輕巧，以防過熱。' },
    { id: 'smoke', kind: 'paragraph', zh: '締造無煙環境。' },
  ];
  const english = [
    'CHP reminds public to take precautions against cold weather',
    'The Centre for Health Protection today reminded the public, particularly the elderly, people with chronic illnesses and infants, to adopt appropriate measures to protect their health in cold weather.',
    'The elderly should wear sufficient warm clothing and pay attention to the weather report.',
    'Seek medical advice if feeling unwell.',
    'Parents should ensure that infants are sufficiently warm, but keep them lightly clothed to avoid overheating.',
    'Maintain a smoke-free environment.',
  ];
  const shapes = (paragraphs: string[]) => alignRelease(release, paragraphs, { dictionary }).map((l) => `${l.zh.join('+')}|${l.en.join('+')}`);

  test('a segment whose English is gone is an omission, not part of its neighbour (one sentence: no cut to join at)', () =>
    expect(shapes(english.filter((_, i) => i !== 2))).toEqual(['title|0', 'lead|1', 'elderly|', 'unwell|2', 'infants|3', 'smoke|4']));

  test('two paragraphs merged are two segments to one, whichever two', () => {
    for (let k = 1; k < english.length - 1; k++) {
      const merged = [...english.slice(0, k), `${english[k]} ${english[k + 1]}`, ...english.slice(k + 2)];
      const links = alignRelease(release, merged, { dictionary });
      expect(links.find((l) => l.en.includes(k))).toMatchObject({ zh: [release[k].id, release[k + 1].id], kind: '2-1' });
      expect(links).toHaveLength(english.length - 1);
    }
  });

  test("a lead-in with its own English line is one segment to two (the lead-in is the segment's first sentence)", () => {
    const segments = [
      { id: 'title', kind: 'title', zh: '泳灘懸掛紅旗' },
      { id: 'notice', kind: 'paragraph', zh: '游泳人士請注意：康樂及文化事務署今日宣布，由於大浪關係，泳灘已懸掛紅旗，市民請勿在該處游泳。' },
    ];
    const paragraphs = [
      'Red flags hoisted at beach',
      'Here is an item of interest to swimmers.',
      'The Leisure and Cultural Services Department announced today that due to big waves, red flags have been hoisted at the beach. Beachgoers are advised not to swim there.',
    ];
    expect(alignRelease(segments, paragraphs, { dictionary }).map((l) => [l.zh, l.en, l.kind])).toEqual([
      [['title'], [0], '1-1'],
      [['notice'], [1, 2], '1-2'],
    ]);
  });
});

// Real text (Hong Kong, red flags at two beaches): the last segment opens with 游泳人士請注意：, which
// the English makes a sentence of its own, ending in a full stop.
test('a colon inside a segment is not a lead-in: its English may end in a full stop', () => {
  const zh = [
    '銀線灣泳灘及清水灣第二灣泳灘懸掛紅旗',
    '電台及電視台當值宣布員注意：',
    '請盡快播出下列特別報告：',
    '游泳人士請注意：康樂及文化事務署今日（一月二十二日）宣布，由於大浪關係，西貢區的銀線灣泳灘及清水灣第二灣泳灘已懸掛紅旗，顯示在該處游泳會有危險，市民請勿在該處游泳。',
  ];
  const en = [
    'Red flags hoisted at Silverstrand Beach and Clear Water Bay Second Beach',
    'Attention TV/radio announcers:',
    'Please broadcast the following as soon as possible:',
    'Here is an item of interest to swimmers.',
    'The Leisure and Cultural Services Department announced today (January 22) that due to big waves, red flags have been hoisted at Silverstrand Beach and Clear Water Bay Second Beach in Sai Kung District. Beachgoers are advised not to swim at these beaches.',
  ];
  const links = alignRelease(
    zh.map((text, i) => ({ id: `zh${i + 1}`, kind: i ? 'paragraph' : 'title', zh: text })),
    en,
    { dictionary: cedictDictionary() },
  );
  expect(links.at(-1)).toMatchObject({ zh: ['zh4'], en: [3, 4], kind: '1-2' });
  expect(links.at(-1)!.confidence).toBeGreaterThan(0.7);
});

// Made-up, in the form of Hong Kong's announcements for radio and TV: two formula lines, then a
// lead-in inside the notice's own segment, which its English gives a line of its own.
describe('an announcement for radio and TV', () => {
  const zh = [
    { id: 'title', kind: 'title', zh: '九龍公園游泳池暫停開放' },
    { id: 'attention', kind: 'paragraph', zh: '電台及電視台當值宣布員注意：' },
    { id: 'broadcast', kind: 'paragraph', zh: '請盡快播出下列特別報告：' },
    { id: 'notice', kind: 'paragraph', zh: '游泳人士請注意：康樂及文化事務署今日宣布，由於水質問題，九龍公園游泳池今日暫停開放，市民請勿前往。' },
  ];
  const en = [
    'Kowloon Park Swimming Pool temporarily closed',
    'Attention duty announcers, radio and TV stations:',
    'Please broadcast the following as soon as possible:',
    'Here is an item of interest to swimmers.',
    'The Leisure and Cultural Services Department announced today that Kowloon Park Swimming Pool is temporarily closed because of water quality. Members of the public are advised not to go there.',
  ];
  const shape = (links: ReturnType<typeof alignRelease>) => links.map((l) => [l.zh, l.en]);
  const given = [
    [['title'], [0]],
    [['attention'], [1]],
    [['broadcast'], [2]],
    [['notice'], [3, 4]],
  ];
  // The English without its "Please broadcast" line: that formula is left out, and the rest stays.
  const removed = [en[0], en[1], en[3], en[4]];
  const leftOut = [
    [['title'], [0]],
    [['attention'], [1]],
    [['broadcast'], []],
    [['notice'], [2, 3]],
  ];
  test('the formulae find their English, or their omission', () => {
    expect(shape(alignRelease(zh, en))).toEqual(given);
    expect(shape(alignRelease(zh, removed))).toEqual(leftOut);
  });
  test('with CC-CEDICT, as given', () => expect(shape(alignRelease(zh, en, { dictionary: cedictDictionary() }))).toEqual(given));
  // A known miss (bench/RESULTS.md): with the dictionary's loose matches of 游泳 in every English
  // line, this text's removal still slides, by some 0.4 nats; the corpus's red-flag notice does not.
  test.fails('with CC-CEDICT, the "Please broadcast" line removed (known miss)', () =>
    expect(shape(alignRelease(zh, removed, { dictionary: cedictDictionary() }))).toEqual(leftOut),
  );
});
