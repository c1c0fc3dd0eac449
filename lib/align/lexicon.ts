import type { Anchor } from './anchors';

// Dictionary evidence, in the manner of Moore's and hunalign's aligners: a Chinese word of two or
// more characters is "found" in an English paragraph when one of its dictionary glosses' content
// words is there (stemmed crudely). Each word becomes an anchor key (d:長者); an English paragraph
// holds the key when it holds a gloss. The aligner weighs these keys like the others, but lightly:
// glosses are loose and the words of a sentence are not independent.

/** A bilingual dictionary: the English glosses of a Chinese word (none when it is no word). */
export type Dictionary = { glosses: (word: string) => readonly string[] };

const MAX_WORD = 4;
const HAN = /\p{Script=Han}/u;
const STOP = new Set(
  (
    'the and for with from into onto that this those these which who whom whose what when where why how ' +
    'used also etc see variant old abbr surname sth something someone one ones are was were been being have has had ' +
    'not but any all each every other such very more most less than then them they their there its his her our your ' +
    'can may will shall would could should must make made do does did get got give put take set way kind sort type ' +
    'person people thing things place time used'
  ).split(' '),
);

const undouble = (w: string) => (/([b-df-hj-km-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz|ff)$/.test(w) ? w.slice(0, -1) : w);

/**
 * A crude English stem: enough that "teachers" meets "teacher", "vaccination" meets "vaccinate"
 * and "swimming" meets "swim" (a consonant doubled before a suffix is single again).
 */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  for (const [suffix, replacement] of [
    ['ations', 'ate'],
    ['ation', 'ate'],
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
    ['ly', ''],
  ] as const)
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && w.endsWith('ss'))) return undouble(w.slice(0, -suffix.length)) + replacement;
  return w;
}

/** The stems a word may stand for: an agent noun also for its verb (swimmers, swim). */
export function wordStems(word: string): string[] {
  const w = stem(word);
  return w.endsWith('er') && w.length >= 6 ? [w, undouble(w.slice(0, -2))] : [w];
}

const contentWords = (text: string) => (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !STOP.has(w)).flatMap(wordStems);

/** The content stems of a word's glosses, parenthesised remarks and classifiers left out. */
function glossStems(glosses: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const gloss of glosses) {
    if (/^(?:variant of|old variant|see |CL:|surname |abbr\.)/i.test(gloss)) continue;
    for (const w of contentWords(gloss.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '))) stems.add(w);
  }
  return stems;
}

/** Words of two to four characters by longest match; single characters are left out (too loose). */
function words(text: string, isWord: (w: string) => boolean): string[] {
  const chars = [...text];
  const found: string[] = [];
  for (let i = 0; i < chars.length;) {
    if (!HAN.test(chars[i])) {
      i++;
      continue;
    }
    let length = 1;
    for (let k = Math.min(MAX_WORD, chars.length - i); k >= 2; k--) {
      const word = chars.slice(i, i + k).join('');
      if (chars.slice(i, i + k).every((c) => HAN.test(c)) && isWord(word)) {
        length = k;
        found.push(word);
        break;
      }
    }
    i += length;
  }
  return found;
}

/**
 * Dictionary anchors for each Chinese text and each English text of a release. Only words whose
 * glosses some English paragraph holds become keys: the rest say nothing about where text goes.
 */
export function lexicalAnchors(zh: readonly string[], en: readonly string[], dictionary: Dictionary): { zh: Anchor[][]; en: Anchor[][] } {
  const stemsOf = new Map<string, Set<string>>();
  const isWord = (word: string) => {
    if (!stemsOf.has(word)) stemsOf.set(word, glossStems(dictionary.glosses(word)));
    return stemsOf.get(word)!.size > 0;
  };
  const zhWords = zh.map((text) => [...new Set(words(text, isWord))]);
  const enStems = en.map((text) => new Set(contentWords(text)));
  const holds = (stems: Set<string>, word: string) => [...stemsOf.get(word)!].some((s) => stems.has(s));
  const vocabulary = [...new Set(zhWords.flat())].filter((w) => enStems.some((stems) => holds(stems, w)));
  const inEnglish = new Set(vocabulary);
  return {
    zh: zhWords.map((list) => list.filter((w) => inEnglish.has(w)).map((w) => ({ kind: 'word' as const, key: `d:${w}`, text: w }))),
    en: enStems.map((stems) => vocabulary.filter((w) => holds(stems, w)).map((w) => ({ kind: 'word' as const, key: `d:${w}`, text: w }))),
  };
}
