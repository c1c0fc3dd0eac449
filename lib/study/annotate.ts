import type { PinyinMode } from '@/lib/reader/preferences';
import { readings, toNumbered, toneOf, type PolicyReadings } from './pinyin';
import { simplifiedTwin } from './twin';
import { toZhuyin } from './zhuyin';

export type RubyMode = Exclude<PinyinMode, 'off'>;

/** What ruby shows over one segment's characters, per code point ('' where nothing is shown), with each reading's tone. */
export type SegmentRuby = { ruby: string[]; tones: number[] | null };

const SHOW: Record<RubyMode, (syllable: string) => string> = {
  marks: (s) => s,
  numbers: (s) => (s ? toNumbered(s) : ''),
  zhuyin: (s) => (s ? toZhuyin(s) : ''),
};

/** Tone-marked pinyin per code point of a text in any script, read in context on its Simplified twin. */
export const pinyinOf = (text: string, policy: PolicyReadings): string[] => readings(simplifiedTwin(text), policy);

/** A segment's readings (tone-marked, per code point) as the ruby of a mode, with their tones (which colours, when on, show). */
export function rubyOf(segmentReadings: readonly string[], mode: RubyMode): SegmentRuby {
  return { ruby: segmentReadings.map(SHOW[mode]), tones: segmentReadings.map((s) => (s ? toneOf(s) : 0)) };
}
