import { escapeHtml as escape } from '@/lib/core/escape-html';
import type { SegmentRuby } from './annotate';

/**
 * Text with a reading over each character that has one, as HTML. `at` is the code-point index of
 * the text's first character in its segment. Built as a string because a release has thousands of
 * characters: as React elements, ruby cut the reader's throughput to a sixth (bench/RESULTS.md).
 * Every character and reading is escaped. Readings are aria-hidden and (CSS) unselectable, so
 * screen readers and copying get the characters only.
 */
export function rubyHtml(text: string, at: number, study: SegmentRuby): string {
  let html = '';
  Array.from(text).forEach((ch, i) => {
    const reading = study.ruby?.[at + i];
    if (!reading) {
      html += escape(ch);
      return;
    }
    const tone = study.tones?.[at + i];
    html += `<ruby${tone ? ` class="tone-${tone}"` : ''}>${escape(ch)}<rt aria-hidden="true">${escape(reading)}</rt></ruby>`;
  });
  return html;
}
