import type { SegmentStudy } from '@/lib/study/annotate';
import { rubyHtml } from '@/lib/study/ruby-html';

/** A piece of a segment's text, with ruby readings when they are on (`at`: its first code point in the segment). */
export function RubyText({ text, at, study }: { text: string; at: number; study: SegmentStudy | null }) {
  if (!study?.ruby) return text;
  // Escaped by rubyHtml: every character and reading.
  return <span className="ruby-run" dangerouslySetInnerHTML={{ __html: rubyHtml(text, at, study) }} />;
}
