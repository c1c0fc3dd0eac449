import type { SegmentKind } from '../core/text';
import type { FrontKind } from './header';
import { isPoint, matchHeading } from './headings';
import { parseLabel } from './labels';

export type StructuredSegment = {
  id: string;
  kind: SegmentKind;
  /** Headings only: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  level?: number;
  speaker?: string;
  zh: string;
  /** The paragraph (cleaned line after the title) holding the segment, and the segment's [from, to) in it. */
  paragraph: number;
  from: number;
  to: number;
};
/** A speaker's label; a role label (问, 答, 主持人, 记者) comes with its key and English. */
export type StructuredSpeaker = { key: string; zh: string; en?: string; paragraph: number; from: number; to: number };

// Labels that name a role, not a person: "问：" is whoever asks, "答：" whoever answers.
const ROLES: Record<string, { key: string; en: string }> = {
  问: { key: 'question', en: 'Question' },
  問: { key: 'question', en: 'Question' },
  提问: { key: 'question', en: 'Question' },
  提問: { key: 'question', en: 'Question' },
  答: { key: 'answer', en: 'Answer' },
  主持人: { key: 'host', en: 'Host' },
  记者: { key: 'reporter', en: 'Reporter' },
  記者: { key: 'reporter', en: 'Reporter' },
};
/** Every place a speaker's label stands (a label may repeat, its speaker is listed once). */
export type LabelPlace = { speaker: string; paragraph: number; from: number; to: number };
export type Structure = { segments: StructuredSegment[]; speakers: StructuredSpeaker[]; labels: LabelPlace[] };

// A heading runs to its first full stop; a numbered paragraph whose first sentence is longer is a plain paragraph.
const MAX_HEADING = 60;
// A standalone heading: a short line without punctuation (評論, 進一步資料, 名词解释).
const STANDALONE = /^[^，。；：︰？！,;:?!、]{1,15}$/u;
const SENTENCE_END = /[。！？!?]$/;
// A list: a line ending in a colon, then items ending in a semicolon (或 及), the last in a full stop.
const INTRODUCES_LIST = /[：:︰]$/;
const ITEM_END = /(?:[；;](?:及|以及|和|或)?|及|、)$/;
const MAX_ITEM = 160;
// Notes: ［1］… markers opening a line, and every line under a 注释 / 名词解释 heading.
const NOTE = /^[［[【〔]\d{1,3}[］\]】〕]/;
const NOTES_HEADING = /^(?:注释|註釋|注解|註解|附注|附註|名词解释|名詞解釋|名词注释|名詞註釋)$/;
// Officials are introduced in the title and the opening paragraphs ("…新聞發言人王茂慶出席發布會").
const INTRODUCTION = 3;
const MAX_INTRODUCTION = 2000;

type Turn = { role: 'question' | 'answer'; n: number; speaker: string; parts: number };

/**
 * Paragraphs (cleaned lines after the title) to segments. `front` gives the kinds of the first
 * lines (subtitles and bylines, from readHeader); `introduction` is text that names the speakers
 * (the title). Then:
 *  - the first plain paragraph before any heading or question is the lead (a short salutation
 *    ending in ： or ！ is passed over);
 *  - numbered headings at four levels (一、 （一） 1. （1）, 第一章 …): `s1-h`, `s1-2-h`, up to and
 *    including the first 。 when the paragraph goes on (the rest is `s1`, `s1-2`); short lines
 *    without punctuation are headings too (`h-<n>`);
 *  - a transcript: a question label (記者：, 問：, 主持人：, Q:) opens a question `q1`, an answer
 *    label (答：, A:) or a speaker's name (王茂慶：, when the name was introduced, is already a
 *    speaker, or answers a question) opens an answer `a1`; a label alone on its line names the
 *    speaker of the next one; the paragraphs after a turn carry on its speaker (`q1-1`, `a1-1`,
 *    numbered points such as 一是… being `point`s) until the next label;
 *  - numbered points outside a turn (一是…, 第一，…) are points, list items after a line ending in
 *    a colon are items, notes (［1］…, or under 注释) are notes; everything else is `p-<n>`.
 */
export function structure(paragraphs: readonly string[], options: { front?: readonly FrontKind[]; introduction?: string } = {}): Structure {
  const front = options.front ?? [];
  const segments: StructuredSegment[] = [];
  const speakers: StructuredSpeaker[] = [];
  const labels: LabelPlace[] = [];
  const counters = { question: 0, answer: 0, subtitle: 0, byline: 0 };
  const sections: number[] = []; // the current heading's count at each level, under its parent
  let turn: Turn | null = null;
  let pending: { role: Turn['role']; speaker: string } | null = null; // a label alone on its line
  let leadDone = false;
  let inList = false;
  let inNotes = false;
  let noteTerm = false; // the last note was a term line ending in a colon: its definition follows

  const keys = new Map<string, string>(); // label → speaker key
  const speakerKey = (zh: string, paragraph: number, from: number) => {
    let key = keys.get(zh);
    if (key) return key;
    const role = ROLES[zh];
    key = role && !speakers.some((sp) => sp.key === role.key) ? role.key : `speaker-${speakers.length + 1}`;
    keys.set(zh, key);
    speakers.push({ key, zh, ...(role && { en: role.en }), paragraph, from, to: from + zh.length });
    return key;
  };
  const openings = Array.from({ length: INTRODUCTION + 1 }, (_, n) => [options.introduction ?? '', ...paragraphs.slice(0, n)].join('\n').slice(0, MAX_INTRODUCTION));
  const introduced = (name: string, before: number) => openings[Math.min(INTRODUCTION, before)].includes(name);

  paragraphs.forEach((text, paragraph) => {
    const push = (segment: Omit<StructuredSegment, 'paragraph' | 'from' | 'to' | 'zh'>, from = 0, to = text.length) => {
      while (from < to && /\s/.test(text[from])) from++;
      while (to > from && /\s/.test(text[to - 1])) to--;
      segments.push({ ...segment, zh: text.slice(from, to), paragraph, from, to });
    };
    const previous = segments[segments.length - 1];
    const listContext = inList;
    inList = INTRODUCES_LIST.test(text);

    if (paragraph < front.length) {
      const kind = front[paragraph];
      const n = ++counters[kind];
      return push({ id: n === 1 ? kind : `${kind}-${n}`, kind });
    }

    if (inNotes || NOTE.test(text) || noteTerm) {
      noteTerm = INTRODUCES_LIST.test(text) && !noteTerm;
      return push({ id: `note-${paragraph + 1}`, kind: 'note' });
    }

    // A label alone on its line: the next line is its text, whatever it looks like (答覆： then 主席：).
    if (pending) {
      const { role, speaker } = pending;
      pending = null;
      turn = { role, n: role === 'question' ? ++counters.question : ++counters.answer, speaker, parts: 0 };
      return push({ id: `${role[0]}${turn.n}`, kind: role, speaker });
    }
    const label = parseLabel(text);
    const speaks = label && (label.role !== 'name' || keys.has(label.label) || turn?.role === 'question' || introduced(label.label, paragraph));
    if (label && speaks) {
      const role = label.role === 'name' ? 'answer' : label.role;
      const speaker = speakerKey(label.label, paragraph, 0);
      labels.push({ speaker, paragraph, from: 0, to: label.label.length });
      if (!label.rest) {
        pending = { role, speaker };
        turn = null;
        return;
      }
      turn = { role, n: role === 'question' ? ++counters.question : ++counters.answer, speaker, parts: 0 };
      return push({ id: `${role[0]}${turn.n}`, kind: role, speaker }, label.start);
    }
    if (turn) {
      const kind = turn.role === 'answer' && isPoint(text) ? 'point' : turn.role;
      return push({ id: `${turn.role[0]}${turn.n}-${++turn.parts}`, kind, speaker: turn.speaker });
    }

    const heading = matchHeading(text);
    // An item ending in a semicolon may hold sentences; the list's last item, one sentence.
    const item = listContext && text.length <= MAX_ITEM && (ITEM_END.test(text) || (previous?.kind === 'item' && !text.slice(0, -1).includes('。')));
    if (item) {
      inList = !SENTENCE_END.test(text);
      return push({ id: `p-${paragraph + 1}`, kind: 'item' });
    }
    if (heading) {
      // Counted, not numbered: a document may number afresh (an appendix's 一、), ids may not repeat.
      const count = (sections[heading.level - 1] ?? 0) + 1;
      sections.length = heading.level;
      sections[heading.level - 1] = count;
      const id = `s${Array.from(sections, (n) => n ?? 0).join('-')}`;
      const stop = text.search(/[。！]/);
      const headingEnd = stop === -1 ? text.length : stop + 1;
      leadDone = true;
      if (headingEnd > MAX_HEADING) return push({ id, kind: 'paragraph' });
      push({ id: `${id}-h`, kind: 'heading', level: heading.level }, 0, headingEnd);
      if (text.slice(headingEnd).trim()) push({ id, kind: 'paragraph' }, headingEnd);
      return;
    }
    if (isPoint(text)) return push({ id: `p-${paragraph + 1}`, kind: 'point' });
    const next = paragraphs[paragraph + 1];
    if (STANDALONE.test(text) && /\p{Script=Han}/u.test(text) && next !== undefined && (next.length > text.length || SENTENCE_END.test(next))) {
      inNotes = NOTES_HEADING.test(text);
      leadDone = true;
      return push({ id: `h-${paragraph + 1}`, kind: 'heading', level: Math.min(4, sections.length + 1) });
    }
    const salutation = (text.length <= 12 && /[：:︰]$/.test(text)) || (text.length <= 40 && /[！!]$/.test(text));
    if (!leadDone && !salutation) {
      leadDone = true;
      return push({ id: 'lead', kind: 'lead' });
    }
    push({ id: `p-${paragraph + 1}`, kind: 'paragraph' });
  });
  return { segments, speakers, labels };
}
