import 'server-only';
import { createHash } from 'node:crypto';
import { LIBRARY, releaseGlossaryTag, releaseTag } from '@/lib/cache/tags';
import { publishedReleaseSchema, releaseSchema, type ReleaseContent } from '@/lib/content/schema';
import { figureIssuesOf, storeRelease } from '@/lib/content/store';
import { bumpTags } from '@/lib/db/view-versions';
import { DomainError, parseInput } from '@/lib/errors';
import { db, write, type Tx } from '@/lib/server/db';

/** A release's content as last stored (the content format), or null when there is no such release. */
export async function releaseContent(slug: string, tx: Pick<Tx, 'release'> = db): Promise<ReleaseContent | null> {
  const row = await tx.release.findUnique({ where: { slug }, select: { content: true } });
  if (!row) return null;
  if (!row.content) throw new DomainError('conflict', `Release "${slug}" was stored before releases kept their content: run npm run db:seed`);
  return releaseSchema.parse(JSON.parse(row.content));
}

/** The refusal of an edit made on a version the release has since left. */
export const changedMeanwhile = () => new DomainError('conflict', 'The release was changed by someone else since you opened it; reload to see the changes');

export type PublishInput = {
  editorId: string;
  release: ReleaseContent;
  /** What changed, for the revision list ("Published from an import", "Official English aligned"). */
  summary: string;
  /** Refuse when the release was changed since the editor loaded it (its contentHash then). */
  expectedVersion?: string | null;
  /** Refuse when a release of this slug exists already (a new import must not replace one). */
  create?: boolean;
  /** More of the caller's writes that stand or fall with the release (marking an import draft published). */
  alsoWrite?: (tx: Tx) => Promise<void>;
};

/**
 * Publishes a release from the app in one transaction: validated as publishable, stored whole
 * with origin 'browser' (the seed never replaces it), the version it replaces kept as a revision
 * (who, when, what), and the views that show it invalidated. Returns the new version.
 */
export async function publishRelease(input: PublishInput): Promise<{ slug: string; version: string; revisionId: string | null }> {
  const release = parseInput(publishedReleaseSchema, input.release);
  const version = createHash('sha256')
    .update(JSON.stringify({ release, figureIssues: figureIssuesOf(release) }))
    .digest('hex');
  return write(async (tx) => {
    const existing = await tx.release.findUnique({ where: { slug: release.slug }, select: { id: true, content: true, contentHash: true } });
    if (existing && input.create) throw new DomainError('conflict', `slug: a release "${release.slug}" exists already; choose another slug`);
    if (existing && input.expectedVersion && existing.contentHash !== input.expectedVersion) throw changedMeanwhile();
    await storeRelease(tx, release, { contentHash: version, origin: 'browser' });
    const { id } = await tx.release.findUniqueOrThrow({ where: { slug: release.slug }, select: { id: true } });
    const revision = await tx.releaseRevision.create({
      data: { releaseId: id, editorId: input.editorId, summary: input.summary, snapshot: existing?.content ?? '' },
      select: { id: true },
    });
    await bumpTags(tx, [releaseTag(release.slug), releaseGlossaryTag(release.slug), LIBRARY]);
    await input.alsoWrite?.(tx);
    return { slug: release.slug, version, revisionId: revision.id };
  });
}

export type RevisionView = { id: string; summary: string; editor: string | null; createdAt: string; hasSnapshot: boolean };

/** A release's revisions, newest first: who changed it, when and what (the snapshot is the version before). */
export async function releaseRevisions(slug: string): Promise<RevisionView[]> {
  const rows = await db.releaseRevision.findMany({
    where: { release: { slug } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, summary: true, createdAt: true, snapshot: true, editor: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, summary: r.summary, editor: r.editor?.name ?? null, createdAt: r.createdAt.toISOString(), hasSnapshot: r.snapshot !== '' }));
}
