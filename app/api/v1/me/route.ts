import { meGet } from '@/lib/api/contracts';
import { cacheableJson } from '@/lib/http/cache';
import { route } from '@/lib/http/route';

// Pages are the same for everyone; the browser asks this once per page for the signed-in part.
export const GET = route(meGet, async ({ viewer }) =>
  viewer ? { viewer: { id: viewer.id, name: viewer.name, role: viewer.role } } : cacheableJson({ viewer: null }, 'anonymous', []),
);
