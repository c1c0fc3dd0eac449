import { meDelete, meGet } from '@/lib/api/contracts';
import { userTag } from '@/lib/cache/tags';
import { DomainError } from '@/lib/errors';
import { cacheableJson, sessionJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { deleteAccount } from '@/lib/server/auth/account';
import { currentVersions, versionsOf } from '@/lib/server/versions';

// Pages are the same for everyone; the browser asks this once per page for the signed-in part, which
// the front keeps for the session until the account's tag moves (a new name or role bumps it).
export const GET = route(meGet, async ({ viewer }) => {
  if (!viewer) return cacheableJson({ viewer: null }, 'anonymous', []);
  const tags = versionsOf(await currentVersions(), [userTag(viewer.id)]);
  return sessionJson({ viewer: { id: viewer.id, name: viewer.name, role: viewer.role } }, viewer, tags);
});

export const DELETE = route(meDelete, async ({ request, body, viewer }) => {
  if (viewer.via !== 'session') throw new DomainError('forbidden', 'Only a browser session may delete an account');
  await deleteAccount(viewer, body.password, request.headers);
  return null;
});
