import 'server-only';
import type { ReleaseContent } from '@/lib/content/schema';
import { DomainError, notFound } from '@/lib/errors';
import { db, type Tx } from '@/lib/server/db';
import { changedMeanwhile, releaseContent } from '@/lib/server/releases/publish';

/** Who changes a release's English: an editor, checked here as well as at the API edge. */
export type EnglishEditor = { id: string; role: string };

export function requireEditor(viewer: EnglishEditor, what: string): void {
  if (viewer.role !== 'editor') throw new DomainError('forbidden', `Only editors can ${what}`);
}

/** A release's content and its version (what an edit starts from and names), or not_found. */
export async function editableRelease(slug: string, tx: Pick<Tx, 'release'> = db): Promise<{ release: ReleaseContent; version: string }> {
  const [release, row] = await Promise.all([releaseContent(slug, tx), tx.release.findUnique({ where: { slug }, select: { contentHash: true } })]);
  if (!release || !row) throw notFound(`No release with slug "${slug}"`);
  return { release, version: row.contentHash };
}

/** Refuses an edit made on a version the release has left (publishRelease checks again as it writes). */
export function expectVersion(current: string, expected: string): void {
  if (current !== expected) throw changedMeanwhile();
}
