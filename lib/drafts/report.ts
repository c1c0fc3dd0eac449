import type { SegmentKind } from '@/lib/core/text';
import type { DamageSpot, ImportResult } from '@/lib/import/types';

/** What the editor decided about one damaged spot: its text restored, or kept as it is and why. */
export type SpotResolution = { action: 'repaired'; restored: string; reason: string } | { action: 'accepted'; reason: string };

export type ReportSpot = DamageSpot & { resolution: SpotResolution | null };

/**
 * The importer's report as a draft keeps it: everything the importer found and changed, the
 * structure it gave as counts (the segments themselves are the draft), and each damaged spot with
 * what the editor did about it.
 */
export type ImportReport = Omit<ImportResult, 'segments' | 'speakers' | 'damage'> & {
  fileName: string | null;
  structure: { segments: number; kinds: Partial<Record<SegmentKind, number>>; speakers: { key: string; zh: string }[] };
  damage: ReportSpot[];
};

/** The report of `result`; `toSource` writes a spot's context in the draft's script (a naively converted copy's is Simplified). */
export function importReport(result: ImportResult, fileName: string | null, toSource: (text: string) => string = (t) => t): ImportReport {
  const { segments, speakers, damage, ...rest } = result;
  const kinds: Partial<Record<SegmentKind, number>> = {};
  for (const s of segments) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  return {
    ...rest,
    fileName,
    structure: { segments: segments.length, kinds, speakers: speakers.map(({ key, zh }) => ({ key, zh })) },
    damage: damage.map((spot) => ({ ...spot, before: toSource(spot.before), after: toSource(spot.after), resolution: null })),
  };
}

export const unresolvedSpots = (damage: readonly ReportSpot[]) => damage.filter((spot) => !spot.resolution);
