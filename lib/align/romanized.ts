import { pinyin } from 'pinyin-pro';
import ToJyutping from 'to-jyutping';
import type { Anchor } from './anchors';

// Chinese names that an English text gives in Latin letters: "Dr Choi Yuk-lin" (蔡若蓮博士, Hong
// Kong's romanisation of Cantonese), "Lai Ching-te" (賴清德, Wade–Giles), "Wang Yi" (王毅, pinyin).
// A name found in both languages of a release becomes an anchor key in every text that names
// the person, also by surname and title ("Dr Choi", 蔡局長) once the full name has been seen.
// Hong Kong's and Taiwan's spellings follow no one table, so a syllable is compared by its
// initial's class and its final consonant; pinyin must match exactly.

/** A person's name in both scripts: its anchor key, and the forms that name the person in each language. */
export type RomanizedName = { han: string; key: string; zhForms: string[]; enPattern: RegExp };

// "Choi Yuk-lin", "Lai Ching-te": a surname, then a given name of two hyphenated syllables.
const HYPHENATED = /\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{0,5})-([a-z]{1,6})\b/g;
// "Wang Yi", "Xi Jinping": two capitalised words, taken only where the pinyin is exact.
const TWO_WORDS = /\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,11})\b/g;
const HAN_RUN = /\p{Script=Han}+/gu;
// The commonest surnames, in both scripts: a name found by its sound must start with one.
const SURNAMES = new Set(
  '王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾肖蕭萧田董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛閆闫段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤常溫温康施文牛樊葛邢安齊齐易喬乔伍龐庞顏颜倪莊庄聶聂章魯鲁岳翟殷詹申歐欧耿關关蘭兰焦俞左柳甘祝包寧宁尚符舒阮柯紀纪梅童凌畢毕單单季裴霍塗涂成苗谷盛曲翁冉駱骆藍蓝路遊游辛靳管柴蒙鮑鲍華华喻祁蒲房滕屈饒饶解牟艾尤陽阳時时穆農农司卓古吉繆缪簡简車车項项連连麥麦褚婁娄竇窦戚岑景黨党宮宫費费卜冷晏席衛卫米柏宗瞿桂全佟應应臧閔闵苟鄔邬邊边卞姬師师和仇欒栾隋商刁沙榮荣巫寇桑郎甄叢丛仲虞敖鞏巩明佘池查麻苑遲迟鄺邝區区湛賴赖習习洪勞劳',
);

const EN_TITLES = 'Dr|Mr|Mrs|Ms|Miss|Madam|Professor|Prof|President|Premier|Secretary|Minister|Spokesperson|Ambassador|Director|Commissioner';
const ZH_TITLES = [
  '博士',
  '先生',
  '女士',
  '小姐',
  '教授',
  '局長',
  '局长',
  '司長',
  '司长',
  '署長',
  '署长',
  '處長',
  '处长',
  '主席',
  '總統',
  '总统',
  '部長',
  '部长',
  '院長',
  '院长',
  '議員',
  '议员',
  '發言人',
  '发言人',
];

// Initials by how they sound, whichever system spelt them (ch, ts, z, c, j, q, zh are one class).
type System = 'latin' | 'jyutping' | 'pinyin';
const CLASSES: Record<System, [RegExp, string][]> = {
  latin: [
    [/^(?:ch|ts|tz|zh|z|c|j|q)/, 'C'],
    [/^(?:hs|sh|s|x)/, 'S'],
    [/^(?:kw|kh|k|gw|g)/, 'K'],
    [/^(?:th|t|d)/, 'T'],
    [/^(?:ph|p|b)/, 'P'],
    [/^ng/, 'N'],
    [/^y/, ''],
  ],
  jyutping: [
    [/^(?:z|c)/, 'C'],
    [/^s/, 'S'],
    [/^(?:gw|kw|g|k)/, 'K'],
    [/^(?:d|t)/, 'T'],
    [/^(?:b|p)/, 'P'],
    [/^ng/, 'N'],
    [/^j/, ''],
  ],
  pinyin: [
    [/^(?:zh|ch|z|c|j|q)/, 'C'],
    [/^(?:sh|s|x)/, 'S'],
    [/^(?:g|k)/, 'K'],
    [/^(?:d|t)/, 'T'],
    [/^(?:b|p)/, 'P'],
    [/^y/, ''],
  ],
};

/** A syllable's sound class: its initial's class, and its final consonant (p t k m n ng, or none). */
export function soundOf(syllable: string, system: System): string {
  const s = syllable.toLowerCase().replace(/\d$/, '');
  const rule = CLASSES[system].find(([pattern]) => pattern.test(s));
  const initial = rule ? rule[1] : /^[aeiou]/.test(s) ? '' : s[0].toUpperCase();
  const final = /(?:ng|[ptkmn])$/.exec(s)?.[0] ?? '';
  return `${initial}/${final === 'm' && system === 'pinyin' ? 'n' : final}`;
}

const readings = new Map<string, { cantonese: Set<string>; mandarin: Set<string>; pinyin: Set<string> }>();
/** A character's readings: its Cantonese and Mandarin sound classes, and its bare pinyin. */
function readingsOf(char: string) {
  let found = readings.get(char);
  if (!found) {
    const jyutping = ToJyutping.getJyutpingCandidates(char)[0]?.[1] ?? [];
    const mandarin = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).filter((p) => p && p !== char);
    found = {
      cantonese: new Set(jyutping.map((j) => soundOf(j, 'jyutping'))),
      mandarin: new Set(mandarin.map((p) => soundOf(p, 'pinyin'))),
      pinyin: new Set(mandarin),
    };
    readings.set(char, found);
  }
  return found;
}

/** Whether Han characters can be read as these syllables, one to each, all in Cantonese or all in Mandarin. */
function readsAs(chars: string[], syllables: string[]): boolean {
  if (chars.length !== syllables.length) return false;
  const sounds = syllables.map((s) => soundOf(s, 'latin'));
  return (['cantonese', 'mandarin'] as const).some((language) => chars.every((c, k) => readingsOf(c)[language].has(sounds[k])));
}

/** Whether Han characters read exactly as this pinyin, written without spaces or tones. */
function pinyinIs(chars: string[], written: string): boolean {
  const match = (k: number, rest: string): boolean =>
    k === chars.length ? rest === '' : [...readingsOf(chars[k]).pinyin].some((p) => rest.startsWith(p) && match(k + 1, rest.slice(p.length)));
  return match(0, written.toLowerCase());
}

/** Every run of n Han characters in the texts that starts with a surname. */
function windows(texts: readonly string[], n: number): Set<string> {
  const found = new Set<string>();
  for (const text of texts)
    for (const run of text.match(HAN_RUN) ?? []) {
      const chars = [...run];
      for (let i = 0; i + n <= chars.length; i++) if (SURNAMES.has(chars[i])) found.add(chars.slice(i, i + n).join(''));
    }
  return found;
}

/** The names that a release's English gives in Latin letters and its Chinese in characters. */
export function romanizedNames(zh: readonly string[], en: readonly string[]): RomanizedName[] {
  const names = new Map<string, RomanizedName>();
  // The Chinese names the person in full, by surname and title (蔡局長), or by a title it gives
  // them beside the name (蔡英文總統, 總統賴清德) alone. The English: in full, or by title and surname
  // (letters and hyphens only, as HYPHENATED and TWO_WORDS read them: nothing to escape).
  const add = (han: string, latin: string, latinSurname: string) => {
    const [surname] = [...han];
    const beside = ZH_TITLES.filter((t) => zh.some((text) => text.includes(han + t) || text.includes(t + han)));
    const zhForms = [han, ...ZH_TITLES.map((t) => surname + t), ...beside];
    names.set(han, { han, key: `p:${han}`, zhForms, enPattern: new RegExp(`\\b(?:${latin}|(?:${EN_TITLES})\\.? ${latinSurname})\\b`) });
  };
  const text = en.join('\n');
  const [two, three] = [windows(zh, 2), windows(zh, 3)];
  for (const [latin, surname, first, second] of text.matchAll(HYPHENATED)) for (const han of three) if (readsAs([...han], [surname, first, second])) add(han, latin, surname);
  for (const [latin, surname, given] of text.matchAll(TWO_WORDS))
    for (const han of [...two, ...three]) if (pinyinIs([...han].slice(0, 1), surname) && pinyinIs([...han].slice(1), given)) add(han, latin, surname);
  return [...names.values()];
}

/** The names an English text gives: in full, or by title and surname. */
export function enNameAnchors(text: string, names: readonly RomanizedName[]): Anchor[] {
  return names.flatMap((name) => {
    const m = name.enPattern.exec(text);
    return m ? [{ kind: 'person' as const, key: name.key, text: m[0] }] : [];
  });
}

/** The names a Chinese text gives, in any of the person's forms. */
export function zhNameAnchors(text: string, names: readonly RomanizedName[]): Anchor[] {
  return names.flatMap((name) => {
    const form = name.zhForms.find((f) => text.includes(f));
    return form ? [{ kind: 'person' as const, key: name.key, text: form }] : [];
  });
}
