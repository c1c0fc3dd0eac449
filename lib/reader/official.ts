import { gaps as findGaps, type Gaps } from '@/lib/align/gaps';
import type { OfficialEnglish } from './types';

/** One row of the official-English view: Chinese segments and the English paragraphs that render them (either side may be empty). */
export type OfficialGroup = { zh: string[]; en: number[] };

export type OfficialTrack = {
  groups: OfficialGroup[];
  gaps: Gaps;
};

/**
 * The official English as rows beside the Chinese: the reviewed links in order, with any segment
 * or paragraph no link names given a row of its own (left out of, or added in, the English), so
 * every segment and every paragraph shows exactly once, in order.
 */
export function officialGroups(segmentIds: readonly string[], paragraphCount: number, links: OfficialEnglish['links']): OfficialGroup[] {
  const groups: OfficialGroup[] = [];
  let zhAt = 0;
  let enAt = 0;
  const flush = (zhUntil: number, enUntil: number) => {
    for (; zhAt < zhUntil; zhAt++) groups.push({ zh: [segmentIds[zhAt]], en: [] });
    for (; enAt < enUntil; enAt++) groups.push({ zh: [], en: [enAt] });
  };
  const position = new Map(segmentIds.map((id, i) => [id, i]));
  for (const link of links) {
    const zh = link.zh.filter((id) => position.has(id));
    const en = link.en.filter((p) => p < paragraphCount);
    if (!zh.length && !en.length) continue;
    flush(zh.length ? position.get(zh[0])! : zhAt, en.length ? en[0] : enAt);
    groups.push({ zh, en });
    if (zh.length) zhAt = position.get(zh.at(-1)!)! + 1;
    if (en.length) enAt = en.at(-1)! + 1;
  }
  flush(segmentIds.length, paragraphCount);
  return groups;
}

/** The official English's rows and what it leaves out, adds or gives different figures for. */
export function officialTrack(segments: readonly { id: string; kind: string; zh: string }[], official: OfficialEnglish): OfficialTrack {
  const groups = officialGroups(
    segments.map((s) => s.id),
    official.paragraphs.length,
    official.links,
  );
  return { groups, gaps: findGaps(official.links, segments, official.paragraphs) };
}
