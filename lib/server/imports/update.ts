import 'server-only';
import { applyDamageAction } from '@/lib/drafts/damage';
import { draftPatchSchema } from '@/lib/drafts/patch';
import { parseInput } from '@/lib/errors';
import { write } from '@/lib/server/db';
import { alreadyPublished, draftNotFound, staleVersion } from './refusal';
import { draftView, parsed, type DraftView } from './view';

/**
 * Saves the owner's change to a draft if it was made on the version stored: the release as edited
 * replaces the stored one, then each decision on a damaged spot is applied to it. A change made on
 * an older version (another tab saved since) is refused whole, and so is one to a published draft.
 */
export async function updateImport(ownerId: string, id: string, input: unknown): Promise<DraftView> {
  const patch = parseInput(draftPatchSchema, input);
  return write(async (tx) => {
    const row = await tx.importDraft.findFirst({ where: { id, ownerId } });
    if (!row) throw draftNotFound(id);
    if (row.publishedAs) throw alreadyPublished(row.publishedAs);
    if (row.version !== patch.version) throw staleVersion(row.version);
    const stored = parsed(row);
    let release = patch.release ?? stored.release;
    let damage = stored.report.damage;
    for (const action of patch.damage ?? []) ({ draft: release, damage } = applyDamageAction(release, damage, action));
    const saved = await tx.importDraft.update({
      where: { id },
      data: { draft: JSON.stringify(release), report: JSON.stringify({ ...stored.report, damage }), sourceUrl: release.sourceUrl, version: row.version + 1 },
    });
    return draftView(saved);
  });
}
