import { z } from 'zod';
import { unicodeString } from '@/lib/core/zod-text';
import { DomainError } from '@/lib/errors';
import type { ReportSpot, SpotResolution } from './report';
import type { DraftRelease } from './schema';

// Each damaged spot the importer found is repaired (its text restored by the editor, recorded as a
// curated repair where the content format has a place for one) or accepted as it is, with a reason.
// Until every spot is one or the other, the draft cannot be published.

const spot = z.number().int().min(0).describe("the damaged spot's index in the report");
export const damageActionSchema = z.discriminatedUnion('action', [
  z.object({ spot, action: z.literal('repair'), restored: unicodeString().trim().min(1).max(500), reason: unicodeString().trim().max(500).optional() }),
  z.object({ spot, action: z.literal('accept'), reason: unicodeString().trim().min(1, 'say why the text is kept as it is').max(500) }),
  z.object({ spot, action: z.literal('reopen') }),
]);
export type DamageAction = z.infer<typeof damageActionSchema>;

export const DEFAULT_REPAIR_REASON = 'Restored by the editor against the source';

/** Where text sits in a draft: a segment, a speaker's label or the title. */
type Holder = { segment: string } | { speaker: string } | { title: true };

function textOf(draft: DraftRelease, holder: Holder): string | undefined {
  if ('segment' in holder) return draft.segments.find((s) => s.id === holder.segment)?.zh;
  if ('speaker' in holder) return draft.speakers[holder.speaker]?.zh;
  return draft.title.zh;
}

function withText(draft: DraftRelease, holder: Holder, zh: string): DraftRelease {
  if ('segment' in holder) return { ...draft, segments: draft.segments.map((s) => (s.id === holder.segment ? { ...s, zh } : s)) };
  if ('speaker' in holder) return { ...draft, speakers: { ...draft.speakers, [holder.speaker]: { ...draft.speakers[holder.speaker], zh } } };
  return { ...draft, title: { ...draft.title, zh } };
}

/**
 * Where `text` stands in the draft, found by its context as the report gives it: the fullest
 * context first, in the holder the importer named before any other (the editor may have split,
 * merged or retyped since). Null where the text is gone.
 */
function locate(draft: DraftRelease, where: Holder, context: { before: string; after: string }, text: string) {
  const holders: Holder[] = [where, ...draft.segments.map((s) => ({ segment: s.id })), ...Object.keys(draft.speakers).map((key) => ({ speaker: key })), { title: true as const }];
  const { before, after } = context;
  const needles = [
    [before + text + after, before.length],
    [before + text, before.length],
    [text + after, 0],
    [text, 0],
  ] as const;
  for (const [needle, offset] of needles)
    for (const holder of holders) {
      const at = textOf(draft, holder)?.indexOf(needle) ?? -1;
      if (at !== -1) return { holder, at: at + offset };
    }
  return null;
}

const splice = (text: string, at: number, length: number, insert: string) => text.slice(0, at) + insert + text.slice(at + length);

function repair(draft: DraftRelease, spot: ReportSpot, index: number, restored: string, reason: string) {
  const found = locate(draft, spot.where, spot, spot.text);
  if (!found)
    throw new DomainError(
      'conflict',
      `damage.${index}: the damaged text "${spot.text}" is no longer in the draft (was it retyped?): accept it with a reason instead`,
      'damage_gone',
    );
  let next = withText(draft, found.holder, splice(textOf(draft, found.holder)!, found.at, spot.text.length, restored));
  // The content format records repairs in segments and speaker labels; a title's is told in the editorial note (see publishable.ts).
  if (!('title' in found.holder))
    next = { ...next, editorial: { ...next.editorial, repairs: [...next.editorial.repairs, { ...found.holder, damaged: spot.text, restored, reason }] } };
  return next;
}

/** Puts a repaired spot's damaged text back in place of what restored it, and drops its repair record. */
function undoRepair(draft: DraftRelease, spot: ReportSpot, resolution: Extract<SpotResolution, { action: 'repaired' }>): DraftRelease {
  const record = draft.editorial.repairs.findIndex((r) => r.damaged === spot.text && r.restored === resolution.restored);
  const holder: Holder =
    record === -1
      ? spot.where
      : draft.editorial.repairs[record].segment
        ? { segment: draft.editorial.repairs[record].segment! }
        : { speaker: draft.editorial.repairs[record].speaker! };
  const repairs = draft.editorial.repairs.filter((_, i) => i !== record);
  const next = { ...draft, editorial: { ...draft.editorial, repairs } };
  const found = locate(next, holder, spot, resolution.restored);
  return found ? withText(next, found.holder, splice(textOf(next, found.holder)!, found.at, resolution.restored.length, spot.text)) : next;
}

/** The draft and its damaged spots after one of the editor's decisions; a spot decided again is reopened first. */
export function applyDamageAction(draft: DraftRelease, damage: readonly ReportSpot[], action: DamageAction): { draft: DraftRelease; damage: ReportSpot[] } {
  const spot = damage[action.spot];
  if (!spot) throw new DomainError('bad_request', `damage.${action.spot}: the report has no such damaged spot`);
  const reopened = spot.resolution?.action === 'repaired' ? undoRepair(draft, spot, spot.resolution) : draft;
  let resolution: SpotResolution | null = null;
  let next = reopened;
  if (action.action === 'repair') {
    const reason = action.reason || DEFAULT_REPAIR_REASON;
    next = repair(reopened, spot, action.spot, action.restored, reason);
    resolution = { action: 'repaired', restored: action.restored, reason };
  } else if (action.action === 'accept') resolution = { action: 'accepted', reason: action.reason };
  return { draft: next, damage: damage.map((s, i) => (i === action.spot ? { ...s, resolution } : s)) };
}
