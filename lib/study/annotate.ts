import { boundedCache } from '@/lib/cache/bounded';
import type { PinyinMode } from '@/lib/reader/preferences';
import { readings, toNumbered, toneOf, type PolicyReadings } from './pinyin';
import { simplifiedTwin } from './twin';
import { toZhuyin } from './zhuyin';

export type RubyMode = Exclude<PinyinMode, 'off'>;
export type Span = { start: number; end: number };

/** What the study layer adds to one segment's Chinese; arrays are per code point of the text. */
export type SegmentStudy = {
  ruby: string[] | null;
  tones: number[] | null;
  /** Code-unit offsets where words start (the pop-up dictionary's units); null when it is off. */
  words: number[] | null;
};

export type StudyOptions = {
  pinyin: PinyinMode;
  policy: PolicyReadings;
  /** Word segmentation of the Simplified twin with glossary and note terms fixed; absent when the pop-up is off. */
  segment?: (twin: string, fixed: readonly Span[]) => readonly Span[];
};

const SHOW: Record<RubyMode, (syllable: string) => string> = {
  marks: (s) => s,
  numbers: (s) => (s ? toNumbered(s) : ''),
  zhuyin: (s) => (s ? toZhuyin(s) : ''),
};

/** Tone-marked pinyin per code point of a text in any script, read in context on its Simplified twin. */
export const pinyinOf = (text: string, policy: PolicyReadings): string[] => readings(simplifiedTwin(text), policy);

/** Ruby, tones and word starts for a segment shown in any script; `fixed` are its term matches. */
export function studySegment(text: string, fixed: readonly Span[], options: StudyOptions): SegmentStudy {
  const twin = simplifiedTwin(text);
  const marks = options.pinyin === 'off' ? null : readings(twin, options.policy);
  const show = options.pinyin === 'off' ? null : SHOW[options.pinyin];
  return {
    ruby: marks && show ? marks.map(show) : null,
    tones: marks ? marks.map((s) => (s ? toneOf(s) : 0)) : null,
    words: options.segment ? options.segment(twin, fixed).map((w) => w.start) : null,
  };
}

const studied = boundedCache<SegmentStudy[]>(20);

/**
 * studySegment for each segment of a view, built once per `version`, which must name everything
 * the result depends on besides the options: the release's text, its script and wording, the terms
 * and the policy readings.
 */
export function studySegments(version: string, segments: readonly { zh: string; fixed: readonly Span[] }[], options: StudyOptions): SegmentStudy[] {
  const key = JSON.stringify([version, options.pinyin, Boolean(options.segment)]);
  return studied.get(key, () => segments.map((s) => studySegment(s.zh, s.fixed, options)));
}
