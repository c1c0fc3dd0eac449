import { escapeHtml as escape } from '@/lib/core/escape-html';
import type { SegmentRuby } from './annotate';

const toned = (text: string, tone: number | undefined) => (tone ? `<span class="tone-${tone}">${escape(text)}</span>` : escape(text));

// Beside the characters, a zhuyin's tone mark stands in a column of its own, right of the symbols
// (˙ of the neutral tone stays on top, as it is written first).
const TONE_MARK = /([\u02CA\u02C7\u02CB])$/u;
function besideReading(reading: string): string {
  const [symbols, mark] = reading.split(TONE_MARK);
  return `<span class="zy">${escape(symbols!)}</span>${mark ? `<span class="zy-tone">${mark}</span>` : ''}`;
}

/**
 * Text with readings over it, as HTML. `at` is the code-point index of the text's first character
 * in its segment. Characters with readings are grouped as `study.groups` says (words), one <ruby>
 * per group with its syllables space-separated in one <rt>, so a word is laid out as one evenly
 * spaced unit; with tones, each character and syllable is a span of its tone's class. A group the
 * text's edge cuts (a term link, a Taiwan-wording mark) is cut there too.
 *
 * Built as a string because a release has thousands of characters: as React elements, ruby cut
 * the reader's throughput to a sixth (bench/RESULTS.md). Every character and reading is escaped.
 * Readings are aria-hidden and (CSS) unselectable, so screen readers and copying get the
 * characters only.
 */
export function rubyHtml(text: string, at: number, study: SegmentRuby): string {
  let html = '';
  let group: { chars: string[]; readings: string[]; tones: number[] } | null = null;
  const close = () => {
    if (!group) return;
    const { chars, readings, tones } = group;
    if (chars.length === 1) {
      const reading = study.beside ? besideReading(readings[0]!) : escape(readings[0]!);
      html += `<ruby${tones[0] ? ` class="tone-${tones[0]}"` : ''}>${escape(chars[0]!)}<rt aria-hidden="true">${reading}</rt></ruby>`;
    } else {
      const base = chars.map((c, i) => toned(c, tones[i])).join('');
      html += `<ruby>${base}<rt aria-hidden="true">${readings.map((r, i) => toned(r, tones[i])).join(' ')}</rt></ruby>`;
    }
    group = null;
  };
  Array.from(text).forEach((ch, i) => {
    const index = at + i;
    const reading = study.ruby[index];
    if (!study.groups || study.groups.has(index) || !reading) close();
    if (!reading) {
      html += escape(ch);
      return;
    }
    group ??= { chars: [], readings: [], tones: [] };
    group.chars.push(ch);
    group.readings.push(reading);
    group.tones.push(study.tones?.[index] ?? 0);
  });
  close();
  return html;
}
