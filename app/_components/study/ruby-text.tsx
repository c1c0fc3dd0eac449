import type { ReactNode } from 'react';
import type { SegmentStudy } from '@/lib/study/annotate';

/**
 * Text with a reading over each character that has one. `at` is the code-point index of the
 * text's first character in its segment. The readings are aria-hidden and unselectable (CSS), so
 * screen readers and copying get the characters only.
 */
export function RubyText({ text, at, study }: { text: string; at: number; study: SegmentStudy | null }): ReactNode {
  const ruby = study?.ruby;
  if (!ruby) return text;
  const nodes: ReactNode[] = [];
  let plain = '';
  Array.from(text).forEach((ch, i) => {
    const reading = ruby[at + i];
    if (!reading) {
      plain += ch;
      return;
    }
    if (plain) nodes.push(plain);
    plain = '';
    const tone = study.tones?.[at + i];
    nodes.push(
      <ruby key={i} className={tone ? `tone-${tone}` : undefined}>
        {ch}
        <rt aria-hidden="true">{reading}</rt>
      </ruby>,
    );
  });
  if (plain) nodes.push(plain);
  return nodes;
}
