import type { SegmentRecord } from './types';

export type OutlineEntry = { id: string; kind: 'heading' | 'question'; zh: string; en: string };

/** The parts a reader jumps between: the statement's headings and the reporters' questions. */
export function buildOutline(segments: readonly Pick<SegmentRecord, 'id' | 'kind' | 'zh' | 'en'>[]): OutlineEntry[] {
  return segments.flatMap((s) => (s.kind === 'heading' || s.kind === 'question' ? [{ id: s.id, kind: s.kind, zh: s.zh, en: s.en }] : []));
}
