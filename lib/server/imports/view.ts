import 'server-only';
import type { ImportDraft } from '@/lib/generated/prisma/client';
import { publishBlockers, type Blocker } from '@/lib/drafts/publishable';
import { unresolvedSpots, type ImportReport } from '@/lib/drafts/report';
import type { DraftRelease } from '@/lib/drafts/schema';

/** A draft as its owner gets it: the release as edited, the importer's report and what still stops publishing. */
export type DraftView = {
  id: string;
  version: number;
  fileName: string | null;
  sourceUrl: string | null;
  createdAt: string;
  updatedAt: string;
  /** The release's slug once published (the draft is then read-only). */
  publishedAs: string | null;
  report: ImportReport;
  release: DraftRelease;
  blockers: Blocker[];
};

/** A line of the editor's list of drafts. */
export type DraftSummary = Pick<DraftView, 'id' | 'version' | 'fileName' | 'createdAt' | 'updatedAt' | 'publishedAs'> & {
  title: string;
  slug: string;
  sourceScript: DraftRelease['sourceScript'];
  segments: number;
  damage: { total: number; open: number };
};

// Stored JSON is written only by this module's callers from validated values: read back as such.
export const parsed = (row: Pick<ImportDraft, 'draft' | 'report'>) => ({ release: JSON.parse(row.draft) as DraftRelease, report: JSON.parse(row.report) as ImportReport });

const common = (row: ImportDraft) => ({
  id: row.id,
  version: row.version,
  fileName: row.fileName,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  publishedAs: row.publishedAs,
});

export function draftView(row: ImportDraft): DraftView {
  const { release, report } = parsed(row);
  return { ...common(row), sourceUrl: row.sourceUrl, report, release, blockers: row.publishedAs ? [] : publishBlockers(release, report) };
}

export function draftSummary(row: ImportDraft): DraftSummary {
  const { release, report } = parsed(row);
  return {
    ...common(row),
    title: release.title.zh,
    slug: release.slug,
    sourceScript: release.sourceScript,
    segments: release.segments.length,
    damage: { total: report.damage.length, open: unresolvedSpots(report.damage).length },
  };
}
