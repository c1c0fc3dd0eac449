import { z } from 'zod';

// An editor's changes to a proposed alignment, as pure functions on its links. Every operation
// keeps the invariant an alignment lives by: read in order, the links' Chinese sides give every
// segment once, in order, and their English sides every paragraph once, in order; no link is
// empty. A link an operation touches is the editor's now: it has no machine confidence and waits
// for acceptance again.

/** A link under review: the aligner's confidence (null once an editor reshaped it) and whether an editor accepted it. */
export type EditableLink = { zh: string[]; en: number[]; confidence: number | null; accepted: boolean };

const index = z.number().int().min(0);

export const linkEditSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('accept'), link: index, accepted: z.boolean().default(true) }),
  z.object({ op: z.literal('acceptAll') }),
  /** Moves the link's first item of a side to the end of the previous link, or its last to the start of the next. */
  z.object({ op: z.literal('move'), link: index, side: z.enum(['zh', 'en']), to: z.enum(['previous', 'next']) }),
  /** Joins the link with the next one. */
  z.object({ op: z.literal('merge'), link: index }),
  /** Cuts the link in two: the first part keeps `zh` segments and `en` paragraphs (defaults: splitPoint). */
  z.object({ op: z.literal('split'), link: index, zh: index.optional(), en: index.optional() }),
]);
export type LinkEdit = z.input<typeof linkEditSchema>;

/** An edit that cannot apply to these links (a link that does not exist, nothing to move, a split that leaves a part empty). */
export class LinkEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkEditError';
  }
}

/** A link's shape: Chinese segments, then English paragraphs ("2-1"). */
export const linkKind = (link: Pick<EditableLink, 'zh' | 'en'>) => `${link.zh.length}-${link.en.length}`;

const edited = (zh: string[], en: number[]): EditableLink => ({ zh, en, confidence: null, accepted: false });
const isEmpty = (link: EditableLink) => !link.zh.length && !link.en.length;

function at(links: readonly EditableLink[], i: number): EditableLink {
  const link = links[i];
  if (!link) throw new LinkEditError(`there is no link ${i + 1} (the alignment has ${links.length} links)`);
  return link;
}

/**
 * Where a split cuts when the editor names no point: after the first segment and the first
 * paragraph of a side that has several; a 1-1 link becomes 1-0 and 0-1 (they do not correspond).
 */
export function splitPoint(link: Pick<EditableLink, 'zh' | 'en'>): { zh: number; en: number } {
  const zh = link.zh.length >= 2 ? 1 : link.zh.length;
  const en = link.en.length >= 2 ? 1 : link.en.length;
  return zh === link.zh.length && en === link.en.length ? { zh, en: 0 } : { zh, en };
}

function move(links: readonly EditableLink[], i: number, side: 'zh' | 'en', to: 'previous' | 'next'): EditableLink[] {
  const link = at(links, i);
  const j = to === 'previous' ? i - 1 : i + 1;
  if (!links[j]) throw new LinkEditError(`link ${i + 1} has no ${to} link`);
  const items = link[side] as (string | number)[];
  if (!items.length) throw new LinkEditError(`link ${i + 1} has no ${side === 'zh' ? 'Chinese segment' : 'English paragraph'} to move`);
  const item = to === 'previous' ? items[0] : items[items.length - 1];
  const rest = to === 'previous' ? items.slice(1) : items.slice(0, -1);
  const target = links[j][side] as (string | number)[];
  const moved = to === 'previous' ? [...target, item] : [item, ...target];
  const withSide = (l: EditableLink, values: (string | number)[]) => (side === 'zh' ? edited(values as string[], l.en) : edited(l.zh, values as number[]));
  const next = [...links];
  next[i] = withSide(link, rest);
  next[j] = withSide(links[j], moved);
  return next.filter((l) => !isEmpty(l));
}

function split(links: readonly EditableLink[], i: number, point: { zh?: number; en?: number }): EditableLink[] {
  const link = at(links, i);
  const fallback = splitPoint(link);
  const [k, l] = [point.zh ?? fallback.zh, point.en ?? fallback.en];
  if (k > link.zh.length || l > link.en.length)
    throw new LinkEditError(`link ${i + 1} has ${link.zh.length} segments and ${link.en.length} paragraphs: it cannot be cut after ${k} and ${l}`);
  const [first, second] = [edited(link.zh.slice(0, k), link.en.slice(0, l)), edited(link.zh.slice(k), link.en.slice(l))];
  if (isEmpty(first) || isEmpty(second)) throw new LinkEditError(`link ${i + 1} cannot be split there: one part would be empty`);
  return [...links.slice(0, i), first, second, ...links.slice(i + 1)];
}

/** One edit applied: the new links and the link the editor's focus belongs on afterwards. */
export function applyEdit(links: readonly EditableLink[], input: LinkEdit): { links: EditableLink[]; focus: number } {
  const edit = linkEditSchema.parse(input);
  switch (edit.op) {
    case 'accept': {
      const next = [...links];
      next[edit.link] = { ...at(links, edit.link), accepted: edit.accepted };
      return { links: next, focus: edit.link };
    }
    case 'acceptAll':
      return { links: links.map((l) => ({ ...l, accepted: true })), focus: 0 };
    case 'move': {
      const next = move(links, edit.link, edit.side, edit.to);
      // When the link gave away its last item it is gone; its neighbour then stands where the focus was, or just before.
      const gone = next.length < links.length;
      return { links: next, focus: gone && edit.to === 'previous' ? edit.link - 1 : Math.min(edit.link, next.length - 1) };
    }
    case 'merge': {
      const a = at(links, edit.link);
      const b = links[edit.link + 1];
      if (!b) throw new LinkEditError(`link ${edit.link + 1} is the last: there is no next link to merge it with`);
      return { links: [...links.slice(0, edit.link), edited([...a.zh, ...b.zh], [...a.en, ...b.en]), ...links.slice(edit.link + 2)], focus: edit.link };
    }
    case 'split':
      return { links: split(links, edit.link, edit), focus: edit.link };
  }
}

/**
 * The problems with links as an alignment of these segments and `paragraphs` paragraphs: each
 * segment and each paragraph exactly once and in order, no empty link. Empty when it is one.
 */
export function alignmentProblems(links: readonly Pick<EditableLink, 'zh' | 'en'>[], segmentIds: readonly string[], paragraphs: number): string[] {
  const problems: string[] = [];
  links.forEach((l, i) => {
    if (!l.zh.length && !l.en.length) problems.push(`link ${i + 1} is empty`);
  });
  const zh = links.flatMap((l) => l.zh);
  const en = links.flatMap((l) => l.en);
  if (zh.length !== segmentIds.length || zh.some((id, i) => id !== segmentIds[i]))
    problems.push(`the links' Chinese is not every segment once in order (${zh.join(', ')} for ${segmentIds.join(', ')})`);
  if (en.length !== paragraphs || en.some((p, i) => p !== i)) problems.push(`the links' English is not paragraphs 1–${paragraphs} once in order`);
  return problems;
}

/**
 * Edits applied in order, all or none. The result is checked against the alignment invariant, so
 * that stored links can never come out of an edit broken, whatever the operations do.
 */
export function applyEdits(links: readonly EditableLink[], edits: readonly LinkEdit[], segmentIds: readonly string[], paragraphs: number) {
  let result = { links: [...links], focus: 0 };
  for (const edit of edits) result = applyEdit(result.links, edit);
  const problems = alignmentProblems(result.links, segmentIds, paragraphs);
  if (problems.length) throw new LinkEditError(problems.join('; '));
  return result;
}
