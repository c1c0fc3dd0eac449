import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { loadGlossary, loadRelease } from '@/lib/content/load';
import { readings, toNumbered, toneOf, type PolicyReadings } from './pinyin';
import { curatedPolicyReadings, glossaryReadings, loadPolicyReadings } from './policy-readings';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const release = await loadRelease(path.join(CONTENT, 'releases/2024-03-08-shandong-new-industrialization.yaml'));
const policy = loadPolicyReadings(glossaryReadings(await loadGlossary(CONTENT)));
const segments = release.segments.map((s) => ({ id: s.id, hans: convert(s.zh, release.sourceScript, 'hans') }));
const read = new Map(segments.map((s) => [s.id, readings(s.hans, policy)]));

/** Code-point index of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(Array.from(text.slice(0, at)).length);
  return found;
}

// [context as the release writes it (Simplified, its source script), its character, the reading
// there]. Checked at every occurrence of the context in every segment, read in the whole segment's
// context.
const POLYPHONES: [string, string, string][] = [
  ['副厅长', '长', 'zhǎng'],
  ['链长', '长', 'zhǎng'],
  ['增长', '长', 'zhǎng'],
  ['长远', '长', 'cháng'],
  ['协调', '调', 'tiáo'],
  ['调研', '调', 'diào'],
  ['调结构', '调', 'tiáo'],
  ['强调', '调', 'diào'],
  ['济南', '济', 'jǐ'],
  ['经济', '济', 'jì'],
  ['供应链', '应', 'yìng'],
  ['效应', '应', 'yìng'],
  ['应用', '应', 'yìng'],
  ['行业', '行', 'háng'],
  ['行动', '行', 'xíng'],
  ['力量', '量', 'liàng'],
  ['减量', '量', 'liàng'],
  ['数量', '量', 'liàng'],
  ['数量', '数', 'shù'],
  ['更新', '更', 'gēng'],
  ['更加', '更', 'gèng'],
  ['单项冠军', '冠', 'guàn'],
  ['单位', '单', 'dān'],
  ['强劲', '劲', 'jìng'],
  ['强劲', '强', 'qiáng'],
  ['覆盖率', '率', 'lǜ'],
  ['生产率', '率', 'lǜ'],
  ['效率', '率', 'lǜ'],
  ['重大', '重', 'zhòng'],
  ['发布会', '发', 'fā'],
  ['牵一发而动全身', '发', 'fà'],
  ['作为强省', '为', 'wéi'],
  ['为推进', '为', 'wèi'],
  ['为引领', '为', 'wéi'],
  ['为骨干', '为', 'wéi'],
  ['骨干', '干', 'gàn'],
  ['工业和信息化', '和', 'hé'],
  ['取得', '得', 'dé'],
  ['筑得', '得', 'de'],
  ['党的', '的', 'de'],
  ['主阵地', '地', 'dì'],
  ['着力', '着', 'zhuó'],
  ['厅将', '将', 'jiāng'],
  ['要素', '要', 'yào'],
  ['传统', '传', 'chuán'],
  ['种子', '种', 'zhǒng'],
  ['种子', '子', 'zi'],
  ['卡脖子', '卡', 'qiǎ'],
  ['一揽子', '子', 'zi'],
  ['省级', '省', 'shěng'],
  ['空前', '空', 'kōng'],
  ['新兴', '兴', 'xīng'],
  ['结合', '结', 'jié'],
  ['下降', '降', 'jiàng'],
  ['绿色', '绿', 'lǜ'],
  ['绿色', '色', 'sè'],
  ['规模', '模', 'mó'],
  ['独角兽', '角', 'jiǎo'],
  ['累计', '累', 'lěi'],
  ['企业乘', '乘', 'chéng'],
  ['中心', '中', 'zhōng'],
  ['良好', '好', 'hǎo'],
  ['充分', '分', 'fèn'],
  ['百分点', '分', 'fēn'],
  ['挑大梁', '挑', 'tiǎo'],
  ['一系列', '系', 'xì'],
  ['一系列', '一', 'yī'],
  ['不断', '不', 'bù'],
  ['扎实', '扎', 'zhā'],
  ['扎实', '实', 'shi'],
  ['切实', '切', 'qiè'],
  ['谋划', '划', 'huà'],
  ['占比', '占', 'zhàn'],
  ['市场', '场', 'chǎng'],
  ['石化', '石', 'shí'],
  ['标杆', '杆', 'gān'],
  ['补差', '差', 'chā'],
  ['补差', '补', 'bǔ'],
];

describe('readings on the release, in context, with the policy dictionary and the glossary', () => {
  test('there are at least 40 polyphone contexts', () => expect(POLYPHONES.length).toBeGreaterThanOrEqual(40));

  test.each(POLYPHONES)('%s: %s is %s', (context, char, expected) => {
    const word = context;
    const offset = Array.from(context).indexOf(char);
    expect(offset, `${char} in ${context}`).toBeGreaterThanOrEqual(0);
    let seen = 0;
    for (const { id, hans } of segments) {
      for (const at of occurrences(hans, word)) {
        expect(read.get(id)![at + offset], `${context} in segment ${id} at ${at}`).toBe(expected);
        seen++;
      }
    }
    expect(seen, `${context} occurs in the release`).toBeGreaterThan(0);
  });

  test('every segment gets one reading per code point, and every Han character has one', () => {
    for (const { id, hans } of segments) {
      const r = read.get(id)!;
      expect(r).toHaveLength(Array.from(hans).length);
      Array.from(hans).forEach((ch, i) => expect(r[i] !== '', `${id}[${i}] ${ch}`).toBe(/\p{Script=Han}/u.test(ch)));
    }
  });
});

describe('readings', () => {
  const none: PolicyReadings = new Map();

  test('one entry per code point; punctuation, digits, Latin and spaces read ""', () => {
    expect(readings('2023年，GDP 增长7.1%。', none)).toEqual(['', '', '', '', 'nián', '', '', '', '', '', 'zēng', 'zhǎng', '', '', '', '', '']);
    expect(readings('𠀀中', none)).toEqual(['', 'zhōng']); // outside pinyin-pro's table: no reading, still aligned
    expect(readings('', none)).toEqual([]);
  });

  test('the policy dictionary wins, leftmost-longest', () => {
    const p: PolicyReadings = new Map([
      ['长远', ['A', 'B']],
      ['远景', ['C', 'D']],
      ['长远景', ['E', 'F', 'G']],
    ]);
    expect(readings('长远景', p)).toEqual(['E', 'F', 'G']);
    expect(readings('长远看', p)).toEqual(['A', 'B', 'kàn']);
    expect(readings('看远景', p)).toEqual(['kàn', 'C', 'D']);
  });

  test('a policy word applies only where both its ends are word boundaries, even across several words', () => {
    const p: PolicyReadings = new Map([
      ['链长', ['A', 'B']],
      ['以科技创新为引领', ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']],
    ]);
    expect(readings('产业链链长制', p).slice(3, 5)).toEqual(['A', 'B']);
    expect(readings('产业链长期稳定', p).slice(2, 5)).toEqual(['liàn', 'cháng', 'qī']);
    expect(readings('以科技创新为引领', p)).toEqual(['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
  });

  // Reviewers' counterexamples: a policy word read across the text's own word boundaries.
  test.each([
    ['产业链长期稳定', 'chǎn yè liàn cháng qī wěn dìng'],
    ['大厅长廊', 'dà tīng cháng láng'],
    ['他们这儿子', 'tā men zhè ér zi'],
    ['为引领高质量发展提供支撑', 'wèi yǐn lǐng gāo zhì liàng fā zhǎn tí gōng zhī chēng'],
  ])('%s reads %s', (text, expected) => expect(readings(text, policy).join(' ')).toBe(expected));

  // Xiandai Hanyu Cidian's neutral second syllable; content/pinyin.yaml lists the ones pinyin-pro misses.
  test.each([
    ['事情', 'shì qing'],
    ['消息', 'xiāo xi'],
    ['清楚', 'qīng chu'],
    ['时候', 'shí hou'],
    ['意思', 'yì si'],
    ['明白', 'míng bai'],
    ['朋友', 'péng you'],
    ['告诉', 'gào su'],
    ['先生', 'xiān sheng'],
    ['麻烦', 'má fan'],
    ['舒服', 'shū fu'],
    ['衣服', 'yī fu'],
    ['便宜', 'pián yi'],
    ['头发', 'tóu fa'],
  ])('neutral tone: %s reads %s', (word, expected) => {
    expect(readings(word, policy).join(' ')).toBe(expected);
    expect(readings(`这是${word}。`, policy).slice(2, 4).join(' ')).toBe(expected);
  });

  test('衣服, 便宜 and 头发 need no policy entry: pinyin-pro reads them neutral itself', () => {
    for (const [word, expected] of [
      ['衣服', 'yī fu'],
      ['便宜', 'pián yi'],
      ['头发', 'tóu fa'],
    ])
      expect(readings(word, new Map()).join(' ')).toBe(expected);
  });

  test('erhua 儿 reads r (from content/pinyin.yaml); 儿 in 女儿, 婴儿, 儿童 stays ér', () => {
    expect(readings('一点儿', policy)).toEqual(['yī', 'diǎn', 'r']);
    expect(readings('你在哪儿？', policy)).toEqual(['nǐ', 'zài', 'nǎ', 'r', '']);
    expect(readings('这儿', policy)).toEqual(['zhè', 'r']);
    expect(readings('女儿', policy)[1]).toBe('ér');
    expect(readings('婴儿', policy)[1]).toBe('ér');
    expect(readings('儿童', policy)[0]).toBe('ér');
  });

  test('callers pass Simplified: policy words are Simplified, so Traditional text misses them', () => {
    expect(readings(convert('鏈長', 'hant', 'hans'), policy)).toEqual(['liàn', 'zhǎng']);
    expect(readings('鏈長', policy)[1]).not.toBe('zhǎng');
  });
});

describe('toneOf and toNumbered', () => {
  test.each([
    ['zhǎng', 3, 'zhang3'],
    ['tīng', 1, 'ting1'],
    ['tiáo', 2, 'tiao2'],
    ['diào', 4, 'diao4'],
    ['de', 5, 'de5'],
    ['lǜ', 4, 'lü4'],
    ['nǚ', 3, 'nü3'],
    ['lüè', 4, 'lüe4'],
    ['r', 5, 'r5'],
    ['ń', 2, 'n2'],
    ['jǐ', 3, 'ji3'],
  ] as const)('%s: tone %i, %s', (syllable, tone, numbered) => {
    expect(toneOf(syllable)).toBe(tone);
    expect(toNumbered(syllable)).toBe(numbered);
  });

  test('decomposed marks, tone numbers and ""', () => {
    expect(toneOf('lu\u0308\u0300')).toBe(4);
    expect(toNumbered('lu\u0308\u0300')).toBe('lü4');
    expect(toneOf('zhang3')).toBe(3);
    expect(toNumbered('zhang3')).toBe('zhang3');
    expect(toNumbered('')).toBe('');
  });
});

describe('policy readings', () => {
  test('glossary pinyin spreads over Han characters only, lowercased', () => {
    expect(glossaryReadings([{ hans: '腾笼换鸟，凤凰涅槃', pinyin: 'téng lóng huàn niǎo fèng huáng niè pán' }])).toEqual([
      ['腾笼换鸟，凤凰涅槃', ['téng', 'lóng', 'huàn', 'niǎo', '', 'fèng', 'huáng', 'niè', 'pán']],
    ]);
    expect(glossaryReadings([{ hans: '泰山', pinyin: 'Tài shān' }])[0][1]).toEqual(['tài', 'shān']);
  });

  test('a glossary term whose syllables do not fit its characters is an error naming it', () => {
    expect(() => glossaryReadings([{ hans: '链长', pinyin: 'liàn' }])).toThrow(/"链长" has 2 Han characters but 1 syllables/);
    expect(() => glossaryReadings([{ hans: '链长', pinyin: 'liàn zhǎng!' }])).toThrow(/"链长" has "zhǎng!"/);
  });

  test('the app builder skips a curated row whose pinyin does not fit, warning once per term and pinyin', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const warned = new Set<string>();
    const rows = [
      { hans: '新质生产力', pinyin: 'xīnzhì shēngchǎnlì' },
      { hans: '专精特新', pinyin: 'zhuān jīng tè xīn' },
    ];
    const built = curatedPolicyReadings(rows, warned);
    curatedPolicyReadings(rows, warned);
    expect(built.has('新质生产力')).toBe(false);
    expect(built.get('专精特新')).toEqual(['zhuān', 'jīng', 'tè', 'xīn']);
    expect(built.get('链长')).toEqual(['liàn', 'zhǎng']); // content/pinyin.yaml still loaded
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/"新质生产力".*5 Han characters but 2 syllables/);
    warn.mockRestore();
  });

  test('the glossary overrides content/pinyin.yaml on the same word', () => {
    expect(loadPolicyReadings().get('链长')).toEqual(['liàn', 'zhǎng']);
    expect(loadPolicyReadings([['链长', ['x', 'y']]]).get('链长')).toEqual(['x', 'y']);
  });

  test('a malformed policy file is an error naming the file and the word', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pinyin-yaml-'));
    const bad = (name: string, text: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return () => loadPolicyReadings([], file);
    };
    expect(bad('a.yaml', 'words: []\n')).toThrow(/a\.yaml: words/);
    expect(bad('b.yaml', 'words:\n  - hans: 调研\n    pinyin: diào\n')).toThrow(/b\.yaml: "调研" has 2 Han characters but 1 syllables/);
    expect(bad('c.yaml', 'words:\n  - hans: 调研\n    pinyin: diào yán\n  - hans: 调研\n    pinyin: tiáo yán\n')).toThrow(/"调研" is listed twice/);
  });
});
