import { charAt, charBefore, isChinesePunct, isHan } from './chars';
import { isPinyinSyllable, PINYIN_LETTERS } from './pinyin';

/**
 * Encoding damage: where a page with flattened ruby annotations went through a wrong decoding, a
 * run of characters became `?` (or U+FFFD) mixed with the remains of the annotations, e.g.
 * `減量?jī)?yōu)化` or `規?;咧祷茫衲炅?zhēng)`. Such a spot cannot be repaired without reading it, so it
 * is found, reported and kept verbatim.
 *
 * Evidence, on one line:
 *  - strong: a U+FFFD; a `?` run followed by a stray pinyin syllable with its closing bracket
 *    (`?jī)`, `?(fā)`); a stray `syllable)` right after a Han character, no `(` before it
 *    (`炅zhēng)`); two or more `?` running into a Han character (`??萍`), or three or more anywhere;
 *  - strong too: a single `?` inside Han text (a Han character or a punctuation mark on each side,
 *    `降溫,?;鹬贡,`) whose sentence asks nothing (no 嗎, 何, 是否 … before it): a lost character,
 *    not a question mark, until its sentence shows otherwise; and a `？` right before a semicolon,
 *    which no question has. Such a spot runs over the punctuation after it and the Han characters
 *    up to the end of the clause: the mis-decoded characters look like any others;
 *  - weak: a single `?` anywhere else, which on its own is a question mark (`政策?`).
 * Pieces of evidence at most MAX_GAP characters apart, with only Han characters or ASCII
 * punctuation between them, form one spot, which runs from its first piece to its last strong one:
 * a `?` may open a spot (the damage starts with a lost character) but a `?` after the last strong
 * piece is a question mark again.
 */
export type DamageSpan = { start: number; end: number; text: string };

const MAX_GAP = 8;
const isQuestion = (ch: string | undefined) => ch === '?' || ch === '\ufffd';
// Words that make a sentence a question (and its `?` a question mark).
const ASKS = /[嗎吗呢何怎哪誰谁幾几麼么否]|多少|是不是|有沒有|有没有|會不會|会不会|能不能/;
const SENTENCE_START = /[。！？!?\n]/;
const MAX_ASKING = 120;
const isPunct = (ch: string | undefined) => ch !== undefined && (isChinesePunct(ch) || (/^[!-~]$/.test(ch) && !/[A-Za-z0-9]/.test(ch)));
// Punctuation that may follow a lost character inside the spot (not a clause's end, nor a closing mark).
const isStray = (ch: string | undefined) => ch !== undefined && /^[;:!~^*#&@=+|\\/`；]$/.test(ch);

/** Whether the sentence before `index` asks something (looked at up to MAX_ASKING characters back). */
function asks(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < MAX_ASKING && !SENTENCE_START.test(text[start - 1])) start--;
  return ASKS.test(text.slice(start, index));
}

/** Where a `?` (or `？`) at `index` that stands inside Han text ends as damage, or -1 when it is a question mark. */
function lostCharacterEnd(text: string, index: number): number {
  const [prev, next] = [charBefore(text, index), text[index + 1]];
  const fullWidth = text[index] === '？';
  if (fullWidth ? !(next === '；' || next === ';') : !(isHan(prev) || isPunct(prev)) || !(isHan(next) || isStray(next)) || asks(text, index)) return -1;
  let end = index + 1;
  while (end - index < MAX_GAP && isStray(text[end])) end++;
  while (end - index < MAX_GAP && isHan(charAt(text, end))) end += charAt(text, end)!.length;
  return end;
}
const STRAY_AFTER_QUESTION = new RegExp(`\\(?([${PINYIN_LETTERS}]{1,6}[1-5]?)\\)`, 'y');
const STRAY_AFTER_HAN = new RegExp(`([${PINYIN_LETTERS}]{1,6}[1-5]?)\\)`, 'gu');
// What may lie between two pieces of one spot: mis-decoded Han characters and ASCII punctuation.
const isFiller = (ch: string) => isHan(ch) || (/^[!-~]$/.test(ch) && !/[()?A-Za-z0-9]/.test(ch));

type Evidence = { start: number; end: number; strong: boolean };

function questionRuns(text: string): Evidence[] {
  const found: Evidence[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '？') {
      const end = lostCharacterEnd(text, i);
      if (end !== -1) found.push({ start: i, end, strong: true });
      continue;
    }
    if (!isQuestion(text[i])) continue;
    let end = i;
    let replacement = false;
    for (; isQuestion(text[end]); end++) if (text[end] === '\ufffd') replacement = true;
    STRAY_AFTER_QUESTION.lastIndex = end;
    const stray = STRAY_AFTER_QUESTION.exec(text);
    if (stray && isPinyinSyllable(stray[1])) {
      found.push({ start: i, end: end + stray[0].length, strong: true });
    } else {
      const run = end - i;
      const lost = run === 1 && !replacement ? lostCharacterEnd(text, i) : -1;
      if (lost !== -1) found.push({ start: i, end: lost, strong: true });
      else found.push({ start: i, end, strong: replacement || run >= 3 || (run === 2 && isHan(text[end])) });
    }
    i = found[found.length - 1].end - 1;
  }
  return found;
}

function strayAfterHan(text: string): Evidence[] {
  const found: Evidence[] = [];
  for (const m of text.matchAll(STRAY_AFTER_HAN)) {
    if (isHan(text[m.index - 1]) && isPinyinSyllable(m[1])) found.push({ start: m.index, end: m.index + m[0].length, strong: true });
  }
  return found;
}

function gapIsFiller(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let i = from; i < to; i++) if (!isFiller(text[i])) return false;
  return true;
}

export function findDamage(text: string): DamageSpan[] {
  const evidence = [...questionRuns(text), ...strayAfterHan(text)].sort((a, b) => a.start - b.start);
  const spans: DamageSpan[] = [];
  // strongEnd: where the group's last strong piece ends (-1 while it has none).
  let group: { start: number; end: number; strongEnd: number } | null = null;
  const close = () => {
    if (group && group.strongEnd !== -1) spans.push({ start: group.start, end: group.strongEnd, text: text.slice(group.start, group.strongEnd) });
  };
  for (const piece of evidence) {
    const joins = group !== null && (piece.start <= group.end || gapIsFiller(text, group.end, piece.start));
    if (!group || !joins) {
      close();
      group = { start: piece.start, end: piece.end, strongEnd: -1 };
    }
    group.end = Math.max(group.end, piece.end);
    if (piece.strong) group.strongEnd = Math.max(group.strongEnd, piece.end);
  }
  close();
  return spans;
}
