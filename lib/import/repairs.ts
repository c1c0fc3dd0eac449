import type { ReleaseContent } from '../content/schema';
import { clean } from './clean';
import { ImportError } from './errors';
import { describeSpot } from './report';
import { trackIdentity } from './tracked-text';
import type { DamageSpot, ImportResult } from './types';

type Repair = ReleaseContent['editorial']['repairs'][number];

export type DamageResolution = {
  /** Curated repairs carried into the draft, renamed to the draft's segment and speaker keys. */
  repairs: Repair[];
  /** Spots written as they are because --accept-damage was given. */
  accepted: DamageSpot[];
};

/** A fragment as the importer would output it: annotations stripped and punctuation converted around the damage. */
export const cleanFragment = (text: string): string => clean(trackIdentity(text), { boilerplate: false }).text.text;

type Target = { segment: string } | { speaker: string };

const targetOf = (spot: DamageSpot): Target | undefined => ('title' in spot.where ? undefined : spot.where);

/**
 * Damaged text is never written silently. Each spot is either repaired by the curated release
 * for the same slug (a repair whose damaged text, cleaned like the import, contains the spot and
 * sits in the same segment or speaker label), or accepted with --accept-damage, or the import
 * stops with DAMAGED.
 */
export function resolveDamage(result: ImportResult, curated: ReleaseContent | undefined, acceptDamage: boolean): DamageResolution {
  const resolution: DamageResolution = { repairs: [], accepted: [] };
  const unresolved: DamageSpot[] = [];
  const candidates = (curated?.editorial.repairs ?? []).map((repair) => ({ repair, damaged: cleanFragment(repair.damaged) }));
  const used = new Set<string>();
  const segmentText = new Map(result.segments.map((s) => [s.id, s.zh]));
  const speakerText = new Map(result.speakers.map((s) => [s.key, s.zh]));
  for (const spot of result.damage) {
    const target = targetOf(spot);
    const zh = target && ('segment' in target ? segmentText.get(target.segment) : speakerText.get(target.speaker));
    const index = candidates.findIndex((c) => c.damaged.includes(spot.text) && zh?.includes(c.damaged));
    if (target && index !== -1) {
      const key = `${JSON.stringify(target)}#${index}`;
      if (used.has(key)) continue; // one repair covering several spots is carried once
      used.add(key);
      const { repair, damaged } = candidates[index];
      resolution.repairs.push({ ...target, damaged, restored: repair.restored, reason: repair.reason });
    } else if (acceptDamage) resolution.accepted.push(spot);
    else unresolved.push(spot);
  }
  if (unresolved.length)
    throw new ImportError(
      'DAMAGED',
      `${unresolved.length} spot(s) of encoding damage: repair them in the curated release or pass --accept-damage to write them for a curator`,
      unresolved.map(describeSpot),
    );
  return resolution;
}
