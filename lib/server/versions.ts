import 'server-only';
import { SEQ, type TagVersion } from '@/lib/cache/tags';
import { db } from './db';

export { bumpTags } from '@/lib/db/view-versions';

type Snapshot = { seq: number; versions: Map<string, number> };

let snapshot: Snapshot = { seq: -1, versions: new Map() };

async function refresh(): Promise<Snapshot> {
  const [head] = await db.$queryRaw<{ version: number }[]>`SELECT "version" FROM "ViewVersion" WHERE "tag" = ${SEQ}`;
  const seq = Number(head?.version ?? 0);
  if (seq === snapshot.seq) return snapshot;
  const known = snapshot.seq;
  const rows = await db.$queryRaw<{ tag: string; version: number }[]>`SELECT "tag", "version" FROM "ViewVersion" WHERE "seq" > ${known}`;
  // Another refresh may have finished meanwhile: keep whichever saw more.
  if (snapshot.seq > known) return snapshot;
  const versions = new Map(snapshot.versions);
  for (const row of rows) versions.set(row.tag, Number(row.version));
  return (snapshot = { seq, versions });
}

/**
 * The current version of every tag (0 for a tag never bumped). One small query per call, plus the
 * rows that changed since the last call when something did: cheap enough to run on every request,
 * so no cache here outlives a write in this or any other process.
 */
export async function currentVersions(): Promise<ReadonlyMap<string, number>> {
  return (await refresh()).versions;
}

export const versionsOf = (versions: ReadonlyMap<string, number>, tags: Iterable<string>): TagVersion[] => [...new Set(tags)].map((tag) => [tag, versions.get(tag) ?? 0] as const);
