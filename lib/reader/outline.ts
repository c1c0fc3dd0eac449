import type { Bilingual, SegmentRecord } from './types';

/** A heading, or a question named by its topic; `asker` is who asks it, when known. */
export type OutlineEntry = { id: string; kind: 'heading' | 'question'; zh: string; en: string; asker?: Bilingual };

const ZH_TOPIC = 24;
const EN_TOPIC = 72;

/** A question's opening words: its first clause, without the courtesy that opens most questions (请问, 想问一下…). */
export function zhTopic(question: string): string {
  const text = question.replace(/^[^：:]{0,20}[：:]/, '').replace(/^(請問|请问|想請問|想请问|我想問一下|我想问一下|我想問|我想问|想問一下|想问一下)[，,、]?/, '');
  const clause = text.match(/^.{6,}?[，。？；！,?;!]/u)?.[0].slice(0, -1) ?? text;
  const chars = Array.from(clause);
  return chars.length > ZH_TOPIC ? `${chars.slice(0, ZH_TOPIC - 1).join('')}…` : clause;
}

/** The same for the English: its first sentence, cut at a word, without a leading "Could you tell us". */
export function enTopic(question: string): string {
  const text = question.replace(/^(could|can|would) you (please )?(tell us|talk about|share|introduce)\s*/i, '').replace(/^./, (c) => c.toUpperCase());
  const sentence = text.match(/^.+?[.?!](\s|$)/)?.[0].trim() ?? text;
  if (sentence.length <= EN_TOPIC) return sentence;
  const cut = sentence.slice(0, EN_TOPIC - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EN_TOPIC / 2))}…`;
}

/**
 * The parts a reader jumps between: the statement's headings and the questions, each question by
 * its topic (its opening words), with who asks it beside.
 */
export function buildOutline(segments: readonly Pick<SegmentRecord, 'id' | 'kind' | 'speaker' | 'zh' | 'en'>[], speakers: Readonly<Record<string, Bilingual>>): OutlineEntry[] {
  return segments.flatMap((s): OutlineEntry[] => {
    if (s.kind === 'heading') return [{ id: s.id, kind: s.kind, zh: s.zh, en: s.en }];
    if (s.kind !== 'question') return [];
    const asker = s.speaker ? speakers[s.speaker] : undefined;
    return [{ id: s.id, kind: s.kind, zh: zhTopic(s.zh), en: s.en ? enTopic(s.en) : '', ...(asker && { asker: { zh: asker.zh, en: asker.en } }) }];
  });
}
