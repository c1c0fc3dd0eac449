import type { Bilingual, SegmentRecord } from './types';

export type OutlineEntry = { id: string; kind: 'heading' | 'question'; zh: string; en: string };

/**
 * The parts a reader jumps between: the statement's headings and the reporters' questions, a
 * question named by who asks it (its full text is too long for a table of contents).
 */
export function buildOutline(
  segments: readonly Pick<SegmentRecord, 'id' | 'kind' | 'speaker' | 'zh' | 'en'>[],
  speakers: Readonly<Record<string, Bilingual>>,
): OutlineEntry[] {
  return segments.flatMap((s): OutlineEntry[] => {
    if (s.kind === 'heading') return [{ id: s.id, kind: s.kind, zh: s.zh, en: s.en }];
    if (s.kind !== 'question') return [];
    const label = (s.speaker && speakers[s.speaker]) || s;
    return [{ id: s.id, kind: s.kind, zh: label.zh, en: label.en }];
  });
}
