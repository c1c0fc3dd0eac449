import type { PinyinMode } from '@/lib/reader/preferences';
import { readings, toNumbered, toneOf, type PolicyReadings } from './pinyin';
import type { WordToken } from './segment';
import { simplifiedTwin } from './twin';
import { rubyGroupStarts } from './words';
import { toZhuyin } from './zhuyin';

export type RubyMode = Exclude<PinyinMode, 'off'>;

/**
 * What ruby shows over one segment's characters, per code point ('' where nothing is shown), with
 * each reading's tone, and where reading groups start: readings sit over whole words, so a word's
 * characters stay evenly spaced ("专精特新", not "专 精特新"). `groups` is null where each character
 * is its own group (zhuyin beside the characters, as Taiwan's textbooks print it).
 */
export type SegmentRuby = { ruby: string[]; tones: number[] | null; groups: ReadonlySet<number> | null; beside?: boolean };

const SHOW: Record<RubyMode, (syllable: string) => string> = {
  marks: (s) => s,
  numbers: (s) => (s ? toNumbered(s) : ''),
  zhuyin: (s) => (s ? toZhuyin(s) : ''),
  'zhuyin-right': (s) => (s ? toZhuyin(s) : ''),
};

/** Tone-marked pinyin per code point of a text in any script, read in context on its Simplified twin. */
export const pinyinOf = (text: string, policy: PolicyReadings): string[] => readings(simplifiedTwin(text), policy);

/** Code-point indices of UTF-16 offsets into `text`. */
function codePointIndices(text: string, offsets: readonly number[]): Set<number> {
  const wanted = new Set(offsets);
  const found = new Set<number>();
  let utf16 = 0;
  let index = 0;
  for (const ch of text) {
    if (wanted.has(utf16)) found.add(index);
    utf16 += ch.length;
    index++;
  }
  return found;
}

/**
 * A segment's readings (tone-marked, per code point) as the ruby of a mode, with their tones (which
 * colours, when on, show) and its words as reading groups (none known: one group per character).
 */
export function rubyOf(segment: { zh: string; twin: string; readings: readonly string[]; words?: readonly WordToken[] | null }, mode: RubyMode): SegmentRuby {
  const beside = mode === 'zhuyin-right';
  const groups = !beside && segment.words ? codePointIndices(segment.zh, rubyGroupStarts(segment.twin, segment.words)) : null;
  return {
    ruby: segment.readings.map(SHOW[mode]),
    tones: segment.readings.map((s) => (s ? toneOf(s) : 0)),
    groups,
    ...(beside && { beside }),
  };
}
