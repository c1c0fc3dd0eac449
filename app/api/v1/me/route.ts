import { meDelete, meGet } from '@/lib/api/contracts';
import { DomainError } from '@/lib/errors';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';
import { deleteAccount } from '@/lib/server/auth/account';

// Pages are the same for everyone; the browser asks this once per page for the signed-in part.
export const GET = route(meGet, async ({ viewer }) =>
  viewer ? { viewer: { id: viewer.id, name: viewer.name, role: viewer.role } } : cacheableJson({ viewer: null }, 'anonymous', []),
);

export const DELETE = route(meDelete, async ({ request, body, viewer }) => {
  if (viewer.via !== 'session') throw new DomainError('forbidden', 'Only a browser session may delete an account');
  await deleteAccount(viewer, body.password, request.headers);
  return null;
});
