import { describe, expect, test } from 'vitest';
import { enNameAnchors, romanizedNames, soundOf, zhNameAnchors } from './romanized';

// Made-up lines in the forms real releases use: Hong Kong's Cantonese spellings, Taiwan's
// Wade–Giles, the mainland's pinyin.
describe('romanizedNames', () => {
  test.each([
    ['蔡若蓮博士主持開幕禮。', 'Dr Choi Yuk-lin officiated at the opening ceremony.', '蔡若蓮'],
    ['總統賴清德今日接見訪問團。', 'President Lai Ching-te met the delegation today.', '賴清德'],
    ['外交部發言人林劍主持例行記者會。', 'Foreign Ministry Spokesperson Lin Jian hosted the regular press conference.', '林劍'],
    ['習近平主席出席會議。', 'President Xi Jinping attended the meeting.', '習近平'],
  ])('%s ↔ %s', (zh, en, han) => {
    expect(romanizedNames([zh], [en]).map((n) => n.han)).toEqual([han]);
  });

  test('no name where the sounds or the surname do not fit', () => {
    // 教育能 sounds somewhat like "Choi Yuk-lin" but starts with no surname; 香港 is not "Hong Kong" in pinyin.
    expect(romanizedNames(['教育能夠推動發展。', '香港的經濟'], ['Dr Choi Yuk-lin spoke.', 'Hong Kong grew.'])).toEqual([]);
    expect(romanizedNames(['陳先生'], ['Mr Wong Tai-sin'])).toEqual([]);
  });

  test('a syllable sounds the same in every spelling: initial class and final consonant', () => {
    expect(soundOf('Choi', 'latin')).toBe(soundOf('coi3', 'jyutping'));
    expect(soundOf('Yuk', 'latin')).toBe(soundOf('juk6', 'jyutping'));
    expect(soundOf('Ching', 'latin')).toBe(soundOf('qing', 'pinyin'));
    expect(soundOf('Cheung', 'latin')).not.toBe(soundOf('can4', 'jyutping'));
  });
});

describe('name anchors', () => {
  const names = romanizedNames(['教育局局長蔡若蓮博士今日表示'], ['The Secretary for Education, Dr Choi Yuk-lin, said today']);
  test('English: the full name, or a title and the surname; not the surname alone', () => {
    expect(enNameAnchors('Dr Choi then visited the booth.', names).map((a) => a.key)).toEqual(['p:蔡若蓮']);
    expect(enNameAnchors('Choi Yuk-lin said', names).map((a) => a.text)).toEqual(['Choi Yuk-lin']);
    expect(enNameAnchors('The Choi family', names)).toEqual([]);
  });
  test('Chinese: the full name, or the surname and a title', () => {
    expect(zhNameAnchors('蔡若蓮其後參觀攤位', names).map((a) => a.key)).toEqual(['p:蔡若蓮']);
    expect(zhNameAnchors('蔡局長其後參觀攤位', names).map((a) => a.text)).toEqual(['蔡局長']);
    expect(zhNameAnchors('蔡家的店', names)).toEqual([]);
  });
});

test('a title the Chinese gives beside the name names the person alone too (總統 ↔ President Tsai)', () => {
  const names = romanizedNames(['蔡英文總統今日接見代表', '總統：洽談正是時機'], ['President Tsai Ing-wen met the representative', 'President Tsai meets the representative']);
  // Its forms: the full name, the surname with every title, and the one title it has beside the name.
  expect(names.map((n) => n.zhForms.filter((f) => !f.startsWith('蔡')))).toEqual([['總統']]);
  expect(zhNameAnchors('總統：洽談正是時機', names).map((a) => a.text)).toEqual(['總統']);
  expect(enNameAnchors('President Tsai meets the representative', names).map((a) => a.key)).toEqual(['p:蔡英文']);
});
