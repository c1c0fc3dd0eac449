import { linkKind, type EditableLink } from '../align/edit';
import { gaps, type Gaps } from '../align/gaps';
import type { ReleaseContent } from '../content/schema';
import { TITLE_SEGMENT } from './title';

// An official English version between the aligner and the content format. The aligner sees the
// release's headline as one more segment before the first (TITLE_SEGMENT), so that it pairs with
// the English headline; publishing turns that pair into the official English's title.

export { TITLE_SEGMENT };

export type AlignmentSegment = { id: string; kind: string; zh: string };
export type OfficialContent = NonNullable<ReleaseContent['english']['official']>;
type Bilingual = { zh: string; en: string };

/** The Chinese side of an alignment: the headline, then every segment, in the source script. */
export function alignmentSegments(release: { title: { zh: string }; segments: readonly AlignmentSegment[] }): AlignmentSegment[] {
  return [{ id: TITLE_SEGMENT, kind: 'title', zh: release.title.zh }, ...release.segments.map((s) => ({ id: s.id, kind: s.kind, zh: s.zh }))];
}

/**
 * A link as the API and the editor's page show it (the shape `npm run align` prints, with `en` as
 * 0-based indexes into `paragraphs`): segment ids and their Chinese, paragraph indexes and their
 * English (each side's texts joined by a line break), its kind, and the aligner's confidence
 * (null for a link an editor made or reviewed).
 */
export type LinkView = { zh: string[]; zhText: string; en: number[]; enText: string; kind: string; confidence: number | null };

export function linkView(link: Pick<EditableLink, 'zh' | 'en'> & { confidence?: number | null }, zhText: ReadonlyMap<string, string>, paragraphs: readonly string[]): LinkView {
  return {
    zh: link.zh,
    zhText: link.zh.map((id) => zhText.get(id) ?? '').join('\n'),
    en: link.en,
    enText: link.en.map((i) => paragraphs[i] ?? '').join('\n'),
    kind: linkKind(link),
    confidence: link.confidence ?? null,
  };
}

/** A published official English with its links shown and its gaps (omitted Chinese, added English, figures that disagree). */
export type OfficialView = { publisher: Bilingual; url: string; title: string | null; paragraphs: string[]; links: LinkView[]; gaps: Gaps };

export function officialView(
  official: { publisher: Bilingual; url: string; title?: string | null; paragraphs: string[]; links: { zh: string[]; en: number[] }[] },
  segments: readonly { id: string; zh: string }[],
): OfficialView {
  const text = new Map(segments.map((s) => [s.id, s.zh]));
  return {
    publisher: official.publisher,
    url: official.url,
    title: official.title ?? null,
    paragraphs: official.paragraphs,
    links: official.links.map((l) => linkView(l, text, official.paragraphs)),
    gaps: gaps(official.links, segments, official.paragraphs),
  };
}

/**
 * A reviewed alignment in the content format. The headline's own link, when it has English, gives
 * the title (its paragraphs leave the list, the others are renumbered); the headline drops out of
 * any other link it is in (its English then stays with the segments it was merged with), and a
 * headline with no English leaves no link.
 */
export function toOfficial(links: readonly Pick<EditableLink, 'zh' | 'en'>[], paragraphs: readonly string[], meta: { publisher: Bilingual; url: string }): OfficialContent {
  const titleLink = links.find((l) => l.zh.length === 1 && l.zh[0] === TITLE_SEGMENT && l.en.length > 0);
  const titleParagraphs = new Set(titleLink?.en ?? []);
  const renumbered = new Map<number, number>();
  paragraphs.forEach((_, i) => {
    if (!titleParagraphs.has(i)) renumbered.set(i, renumbered.size);
  });
  const official = links.flatMap((l) => {
    if (l === titleLink) return [];
    const zh = l.zh.filter((id) => id !== TITLE_SEGMENT);
    const en = l.en.map((i) => renumbered.get(i)!);
    return zh.length || en.length ? [{ zh, en }] : [];
  });
  return {
    publisher: meta.publisher,
    url: meta.url,
    ...(titleLink && { title: titleLink.en.map((i) => paragraphs[i]).join(' ') }),
    paragraphs: paragraphs.filter((_, i) => !titleParagraphs.has(i)),
    links: official,
  };
}

/** The English a published version would be aligned again from: its title first, one paragraph a line. */
export const officialText = (official: { title?: string | null; paragraphs: readonly string[] }) =>
  [...(official.title ? [official.title] : []), ...official.paragraphs].join('\n');
