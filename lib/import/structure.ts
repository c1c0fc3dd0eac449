import type { SegmentKind } from '../core/text';
import { parseChineseNumeral } from './numerals';

export type StructuredSegment = { id: string; kind: SegmentKind; speaker?: string; zh: string; paragraph: number };
export type StructuredSpeaker = { key: string; zh: string; paragraph: number };
export type Structure = { segments: StructuredSegment[]; speakers: StructuredSpeaker[] };

// A statement part: 一、 … 九十九、 at the start of a paragraph.
const PART = /^([一二三四五六七八九十]{1,3})、/;
// A numbered point of an answer: 一是 … 十一是 ….
const POINT = /^([一二三四五六七八九十]{1,3})是/;
// A reporter's label: "山東廣播電視臺記者：" with no sentence punctuation inside.
const REPORTER = /^([^，。；：？！]{0,40}(?:記者|记者))：(.*)$/u;
// An official's label: a name of 2–4 Han characters and a colon opening the paragraph.
const NAME = /^(\p{Script=Han}{2,4})：(.+)$/u;
// A heading runs to its first full stop; a part whose first sentence is longer is a plain paragraph.
const MAX_HEADING = 60;
// Officials are introduced in the opening paragraphs ("…新聞發言人王茂慶出席發布會").
const INTRODUCTION = 3;
const MAX_INTRODUCTION = 2000;

const numbered = (pattern: RegExp, text: string) => {
  const m = pattern.exec(text);
  return m && parseChineseNumeral(m[1]) !== null ? m : null;
};

/**
 * Paragraphs (cleaned, one per entry, title excluded) to segments:
 *  - the first paragraph is the lead;
 *  - `一、XXX。rest` is a heading (`s1-h`, up to and including the first 。) and a paragraph (`s1`);
 *  - a paragraph ending in 記者： is a reporter's label: a speaker, whose next paragraph is a
 *    question (`q1`); label and question on one line work too;
 *  - `王茂慶：…` (a 2–4 character name and a colon, when the name was introduced in the opening
 *    paragraphs, is already a speaker, or answers a question) is an answer (`a1`), label removed;
 *  - `一是…`, `二是…` right after an answer or its points are points (`a1-1`) of the same speaker;
 *  - everything else is a paragraph `p-<n>`, n its position in the text.
 */
export function structure(paragraphs: readonly string[]): Structure {
  const segments: StructuredSegment[] = [];
  const speakers: StructuredSpeaker[] = [];
  const counters = { part: 0, question: 0, answer: 0 };
  let asking: string | null = null; // reporter whose question comes next
  let answer: { n: number; speaker: string; points: number } | null = null;

  const keys = new Map<string, string>(); // label → speaker key
  const speakerKey = (zh: string, paragraph: number) => {
    let key = keys.get(zh);
    if (key) return key;
    key = `speaker-${speakers.length + 1}`;
    keys.set(zh, key);
    speakers.push({ key, zh, paragraph });
    return key;
  };
  // The opening text before paragraph n (n ≤ INTRODUCTION), capped: introductions come early.
  const openings = Array.from({ length: INTRODUCTION + 1 }, (_, n) => paragraphs.slice(0, n).join('\n').slice(0, MAX_INTRODUCTION));
  const introduced = (name: string, before: number) => openings[Math.min(INTRODUCTION, before)].includes(name);

  paragraphs.forEach((text, paragraph) => {
    const push = (segment: Omit<StructuredSegment, 'paragraph'>) => segments.push({ ...segment, paragraph });
    const previous = segments[segments.length - 1];
    if (paragraph === 0) return push({ id: 'lead', kind: 'lead', zh: text });

    const reporter = REPORTER.exec(text);
    if (reporter) {
      answer = null;
      const speaker = speakerKey(reporter[1], paragraph);
      if (!reporter[2].trim()) return void (asking = speaker);
      return push({ id: `q${++counters.question}`, kind: 'question', speaker, zh: reporter[2].trim() });
    }
    if (asking) {
      const speaker = asking;
      asking = null;
      return push({ id: `q${++counters.question}`, kind: 'question', speaker, zh: text });
    }

    const name = NAME.exec(text);
    if (name && (keys.has(name[1]) || previous?.kind === 'question' || introduced(name[1], paragraph))) {
      const n = ++counters.answer;
      answer = { n, speaker: speakerKey(name[1], paragraph), points: 0 };
      return push({ id: `a${n}`, kind: 'answer', speaker: answer.speaker, zh: name[2].trim() });
    }
    if (answer && numbered(POINT, text)) {
      return push({ id: `a${answer.n}-${++answer.points}`, kind: 'point', speaker: answer.speaker, zh: text });
    }
    answer = null;

    if (numbered(PART, text)) {
      const n = ++counters.part;
      const stop = text.indexOf('。');
      const headingEnd = stop === -1 ? text.length : stop + 1;
      if (headingEnd > MAX_HEADING) return push({ id: `s${n}`, kind: 'paragraph', zh: text });
      push({ id: `s${n}-h`, kind: 'heading', zh: text.slice(0, headingEnd) });
      const rest = text.slice(headingEnd).trim();
      if (rest) push({ id: `s${n}`, kind: 'paragraph', zh: rest });
      return;
    }
    push({ id: `p-${paragraph + 1}`, kind: 'paragraph', zh: text });
  });
  return { segments, speakers };
}
