import 'server-only';
import { publishBlockers, releaseOf, type Blocker } from '@/lib/drafts/publishable';
import { DomainError, isDomainError } from '@/lib/errors';
import { db, type Tx } from '@/lib/server/db';
import { publishRelease } from '@/lib/server/releases/publish';
import { alreadyPublished, draftNotFound, staleVersion } from './refusal';
import { draftView, parsed, type DraftView } from './view';

/** The refusal for a draft that is not ready: unresolved damage is a conflict with the draft's state, a field to fix a bad request. */
function notReady(blockers: Blocker[]): DomainError {
  const [first] = blockers;
  const more = blockers.length > 1 ? ` (and ${blockers.length - 1} more: see the draft's blockers)` : '';
  return new DomainError(first.reason === 'damage_unresolved' ? 'conflict' : 'bad_request', `${first.message}${more}`, first.reason);
}

export type Published = { release: { slug: string; version: string }; import: DraftView };

/**
 * Publishes the owner's draft as a new release through publishRelease, and marks the draft
 * published in the same transaction: either both happen or neither. Refused, with nothing written,
 * for a draft changed since `version` (when given), one already published, one with damage nobody
 * decided on or a field to fix, and a slug another release has.
 */
export async function publishImport(editorId: string, id: string, input: { version?: number }): Promise<Published> {
  const row = await db.importDraft.findFirst({ where: { id, ownerId: editorId } });
  if (!row) throw draftNotFound(id);
  if (row.publishedAs) throw alreadyPublished(row.publishedAs);
  if (input.version !== undefined && input.version !== row.version) throw staleVersion(row.version);
  const { release, report } = parsed(row);
  const blockers = publishBlockers(release, report);
  if (blockers.length) throw notReady(blockers);
  // Saved or discarded in another tab since it was read: the release is not kept either.
  const markPublished = async (tx: Tx) => {
    const { count } = await tx.importDraft.updateMany({ where: { id, version: row.version, publishedAs: null }, data: { publishedAs: release.slug, version: row.version + 1 } });
    if (count) return;
    const now = await tx.importDraft.findUnique({ where: { id }, select: { version: true } });
    throw now ? staleVersion(now.version) : draftNotFound(id);
  };
  let published;
  try {
    published = await publishRelease({
      editorId,
      release: releaseOf(release, report),
      summary: `Published from an import of ${row.fileName ?? 'pasted text'}`,
      create: true,
      alsoWrite: markPublished,
    });
  } catch (error) {
    // publishRelease's one conflict for a new release: the slug is taken.
    if (isDomainError(error) && error.code === 'conflict' && !error.reason) throw new DomainError('conflict', error.message, 'slug_taken');
    throw error;
  }
  const saved = await db.importDraft.findUniqueOrThrow({ where: { id } });
  return { release: { slug: published.slug, version: published.version }, import: draftView(saved) };
}
